# Comparing big ints with each other, small ints and floats.
a = 10 ** 20
print(a > 2 ** 64, a == 10 ** 20, a < 10 ** 20 + 1)
print(a == 1e20, a + 1 == 1e20, a + 1 > 1e20)
print(float(a), float(2 ** 70))
print(int(1e20) == a, int(1.5e300) > 10 ** 299)
print(sorted([10 ** 18, 5, -10 ** 19, 2 ** 63]))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(10 ** 20))

# Power: negative exponents give floats, three-argument pow, big results.
print(2 ** -1, 10 ** -3, (-2) ** -2)
print(pow(2, 100), pow(3, 4, 5), pow(7, -1, 13), pow(2, 10, 1000))
print(pow(-3, 3), pow(-3, 3, 7))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(pow(10 ** 20, 3, 10 ** 9 + 7))

# Results crossing 2**31, 2**53 and 2**63 stay exact.
for base in (2 ** 31 - 1, 2 ** 53 - 1, 2 ** 63 - 1):
    print(base + 1, base * 2, base * base, -base - 2, (base + 1) // 3, (base + 1) % 1000)
x = 2 ** 53
print(x + 1 - 1 == x, x * 3 // 3 == x, (x + 1) * (x - 1), x * x == 2 ** 106)
print(3 ** 40 - 3 ** 39, -(2 ** 53) - 1)
print(abs(-(2 ** 53) - 1), hash(2 ** 53 + 1) == hash(2 ** 53 + 1))

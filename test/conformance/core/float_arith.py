# Float arithmetic, mixing ints and floats.
print(0.1 + 0.2, 1.1 * 3, 1 - 0.9, 3.0 * 2, 7 / 2.0)
print(2.5 // 1, 2.5 % 1, -2.5 // 1, -2.5 % 1)
print(2.0 ** 10, 2 ** 0.5, 10 ** -2)
print(1e300 * 1e-300, 1.0 + 2 ** 53)
print(abs(-2.5), -(-1.5), +1.5)
print(3 * 1.1 == 3.3, round(3 * 1.1, 10) == 3.3)

# Classic floating-point surprises, printed as CPython prints them.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(sum([0.1] * 10), 1 - 1e-16, 1 + 1e-16, 2 ** 53 + 1.0)
print(1e16 + 1, 9007199254740993.0, 0.1 ** 10, 100 * 1.1)
print(4.35 * 100, 1.15 * 100, round(4.35 * 100), 0.57 * 100)
print(1 / 7, 22 / 7, 355 / 113, 2 / 3 * 3)

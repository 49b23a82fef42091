# Comparisons among ints, chains, and with floats and bools.
print(1 < 2, 2 < 1, 1 == 1.0, 1 != 1.0, 3 >= 3, 3 <= 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0)
print(True == 1, False == 0, True + True, True * 10)
print(2 ** 64 > 2.0 ** 63, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(max(3, 7, 5), min(3, 7, 5))
x = 5
print(0 <= x < 10, 0 <= x < 3)

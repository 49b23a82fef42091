# Mixed-type comparisons and conversions between int, float and str.
print(int('42') + 1, float('42') + 1, str(42) + '1', int(4.9) + 1)
print(1 == 1.0 == True, '1' == 1, 1.5 == 3 / 2, 0.1 + 0.2 != 0.3)
print(int(-0.5), int(2.999999999999999999), int(1e15 + 0.5), float(2 ** 63))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))

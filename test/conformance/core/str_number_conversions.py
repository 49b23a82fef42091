# Converting between numbers and strings in both directions.
print(str(42), str(-0.5), str(10 ** 20), repr(1.0), int('  12 '), float('1e-3'))
print(int(str(2 ** 100)) == 2 ** 100, float(repr(0.1)) == 0.1, float(str(1 / 3)) == 1 / 3)
print('%d items' % 3, str(3) + ' items', f'{3} items', '{} items'.format(3))
print(int('١٢٣'), float('١.٥'), int('\u0661\u0660'))
print([int(c) for c in '2024'], ''.join(str(d) for d in (1, 2, 3)))

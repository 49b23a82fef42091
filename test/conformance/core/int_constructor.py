# int() from strings with bases, floats, bools, and underscores.
print(int('42'), int('  -17  '), int('+5'), int('1_000'))
print(int('ff', 16), int('0xff', 16), int('0o17', 8), int('0b101', 2), int('z', 36))
print(int('0xff', 0), int('10', 0), int('0b11', 0))
print(int(3.99), int(-3.99), int(True), int(1e18))
print(int(), int('0'), int('-0'))
print(int('777', 8), int('1010', 2))

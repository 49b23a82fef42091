# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
print((2.0).is_integer(), (2.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), float.fromhex('0x1.8p1'))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, type(1.5).__name__)

# repr of floats: shortest round-tripping form, CPython's exponent rules.
for x in (0.1, 0.2 + 0.1, 1.0, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 1e-7, 1.5e300,
          2.0 ** 0.5, 1 / 3, 100.0, -0.0, 0.0, 5e-324, 1.7976931348623157e308, 12345678901234567.0):
    print(repr(x), str(x))
print([0.1, 2.5, -1e22])

# float() of strings with spaces, signs, exponents, underscores and special values.
for s in ('3.5', '  -2.25 ', '1e3', '1E-3', '+.5', '5.', '1_000.5', 'inf', '-Infinity', 'nan', '0x10' if False else '16'):
    print(repr(s), float(s))
print(float(10 ** 20), float(True), float(-7))
try:
    float('')
except ValueError as e:
    print(e)
float([])

# str() of floats in containers uses repr; formatting with %g-like rules.
vals = [1.0, 0.5, 1e100, 3.14159, 2.0 / 3]
print(vals)
print(tuple(vals))
print({1.5: 2.5})
print(str(1e22), str(1e21), str(123e-10))
print(float('1.50'), float(' 2.5\n'), float('-1e3'), float(7))

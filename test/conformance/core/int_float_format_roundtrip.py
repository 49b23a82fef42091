# repr round-trips for many floats and ints.
import random
vals = [0.1 * i for i in range(20)] + [1 / i for i in range(1, 20)] + [2.0 ** -i for i in range(0, 60, 7)]
ok = all(float(repr(v)) == v for v in vals)
print(ok, [repr(v) for v in vals[:8]])
print([str(10 ** i) for i in range(0, 30, 7)], [repr(1.0 * 10 ** i) for i in range(14, 18)])
print([repr(x) for x in (1e-4, 1e-5, 0.0001234, 123456789012345.6, 1234567890123456.7)])

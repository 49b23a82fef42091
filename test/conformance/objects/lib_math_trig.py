# math trigonometry and hyperbolic functions printed with CPython's reprs.
import math
for x in (0.0, 0.5, 1.0, math.pi / 6, math.pi / 3):
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.dist((0, 0), (3, 4)), math.erf(0.5), math.gamma(5), math.lgamma(10), math.expm1(1e-10), math.log1p(1e-10))

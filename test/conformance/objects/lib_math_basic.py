# math: constants and common functions.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308), math.copysign(3, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))

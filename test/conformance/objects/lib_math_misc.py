# math.isclose tolerances, inf/nan functions and integer helpers.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.inf > 10 ** 300, -math.inf, math.isnan(math.inf - math.inf), math.copysign(1, -math.inf))
print(math.gcd(*[12, 18, 30]), math.factorial(0), math.comb(5, 0), math.perm(4), math.isqrt(0))
print(math.floor(-0.0), math.fabs(-0.0), math.sqrt(0.0), math.exp(0), math.log(1))

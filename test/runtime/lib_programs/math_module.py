import math
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.floor(-2.5), math.ceil(2.1), math.pi)
print(math.factorial(20), math.gcd(12, 18), math.hypot(3, 4), math.fsum([0.1]*10), math.isclose(1, 1.0000000001))
print(math.frexp(8.0), math.modf(-2.5), math.log10(1000), math.log2(1024), math.pow(2, 0.5), math.degrees(1))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20), math.gamma(5.5), math.lgamma(10.5), math.erf(0.5))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 2), math.log(2**1000))

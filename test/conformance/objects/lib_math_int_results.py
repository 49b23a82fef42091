# math functions that return ints versus floats; big ints in math.
import math
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.gcd(4, 6)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.factorial(30), math.isqrt(10 ** 30), math.gcd(2 ** 100, 6 ** 50))
print(math.comb(100, 50), math.lcm(4, 6, 10), math.floor(10 ** 30 + 0.5) if False else math.floor(2 ** 80))
print(math.log(2 ** 1000), math.log2(2 ** 200), math.sqrt(10 ** 40))

from fractions import Fraction as F
a, b = F(1, 3), F('3/4')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, b % a, a ** 2, a ** -2, -a, abs(-a))
print(a + 1, 2 * a, a + 0.5, a < b, a == F(2, 6), a == 1/3, F(0.5), F('1.25'), F('-2e-3'), F(3), F(6, 4))
print(float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(3.141592653589793).limit_denominator(1000), sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]))
print(a.numerator, b.denominator, F(10, 4).as_integer_ratio(), str(F(4, 2)), {F(1, 2): 'half'}[F(2, 4)])
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F('abc')
except ValueError as e:
    print(e)

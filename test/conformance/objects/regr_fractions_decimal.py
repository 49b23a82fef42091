# fractions.Fraction from a decimal.Decimal (CPython: Fraction(Decimal) and Fraction.from_decimal
# through as_integer_ratio, with its errors for NaN and infinities).
from fractions import Fraction
from decimal import Decimal

for d in ['1.1', '-0.125', '0', '1E+3', '123456789.987654321', '-0']:
    print(d, Fraction(Decimal(d)), Fraction.from_decimal(Decimal(d)), Fraction(Decimal(d)) == Decimal(d))
print(Fraction.from_decimal(7), Fraction.from_decimal(True))
for bad in [Decimal('NaN'), Decimal('Infinity'), Decimal('-Infinity'), Decimal('sNaN')]:
    for f in (Fraction, Fraction.from_decimal):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
for bad in [1.5, '1.5', None]:
    try:
        Fraction.from_decimal(bad)
    except TypeError as e:
        print('TypeError', e)

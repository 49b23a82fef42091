# decimal: construction (strings, ints, floats, tuples), str/repr/eng strings, hashes equal
# to equal ints/floats/Fractions, conversions, comparisons, arithmetic operators, rounding,
# functions, format() specs, contexts, signals, subclasses.
import decimal
from decimal import *
D = Decimal
getcontext().prec = 28
for s in ['1', '-1.50', '1e10', '1E-7', '0.000001', '123.456e-10', '  42 ', '1_000', 'inf', '-Infinity', 'nan', 'sNaN7', '-0', '0e-30', '.5', '5.', '1e+2', '+3']:
    d = D(s); print(repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
for bad in ['', 'abc', '1e', '1__0', '_1', '1.2.3', 'e5', '--1', '1 2']:
    try: D(bad); print('ok?', bad)
    except InvalidOperation as e: print('bad', repr(bad), e)
for f in [0.1, -2.5, 1e300, 5e-324, -0.0, float('inf'), float('nan')]:
    print(repr(D.from_float(f)), repr(Decimal(f)) if f == f else '')
print(D(10**30), D(-7), D((1, (1, 2, 3), -2)), D((0, (), 'F')), D([0, [4], 'n']))
for x in ['0.5', '-1', '1.5', '2', '1e100', '-3.25', '123456789.0001', '0']:
    d = D(x)
    print(hash(d) == hash(float(d)) if d == float(d) else hash(d), float(d), int(d), round(d), d.as_integer_ratio(), bool(d), -d, +d, abs(d))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.5') < Fraction(2, 3), hash(D('0.5')) == hash(Fraction(1, 2)), D(1) == 1, D(1) < 2, 2 > D('1.5'), D('1.0') == D(1))
print(D('NaN') == D('NaN'), D('NaN') != 1)
try: D('NaN') < 1
except InvalidOperation as e: print('cmp nan', e)
a, b = D('7.5'), D('-2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, -a % 3, 7 // b, 2 ** D('0.5'))
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-2.5')), D('1.2345').quantize(D('0.01')), D('1.2355').quantize(D('1e-3'), ROUND_DOWN))
print(D(2).sqrt(), D('0.0001').sqrt(), D(1).exp(), D(10).ln(), D(2).log10(), D(1000).log10(), D('1e-3').exp())
for spec in ['', '.2f', '10.3f', '<10', '^12.1e', '+.3g', ',', ',.2f', '08.2f', '.0f', '%', '.1%', 'e', 'E', 'g', 'G', '.3', '_.2f', ' .1f', '#.0f', '.5e', '012,.1f', 'z.1f']:
    for v in ['1234.5678', '-0.00012', '0', '1e20', '-1e-10', 'nan', '-inf', '9.999', '-0.001']:
        try: r = format(D(v), spec)
        except Exception as e: r = 'EXC %s %s' % (type(e).__name__, e)
        print(repr(spec), v, repr(r))
print('%.3f' % 1, f'{D("3.14159"):.2f}', str(D('1.23E+5')))
c = getcontext(); print(c)
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), lc.prec)
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(D(1) / D(3), D(2) / 3)
print(D(1) / D(3), getcontext().prec)
c = Context(prec=4, traps=[], flags=[])
print(c.divide(D(1), D(0)), c.flags[DivisionByZero], c.divide(0, 0), c.flags[InvalidOperation], c)
try: D(1) / D(0)
except DivisionByZero as e: print('dz', e, isinstance(e, ZeroDivisionError))
try: D(0) / D(0)
except InvalidOperation as e: print('iv', e, type(e).__name__)
print(issubclass(Overflow, Inexact), issubclass(FloatOperation, TypeError), Underflow.__mro__)
print(D('1.30') + D('1.20'), D('1.3') * D('1.2'), D('1') / D('8'), D('1.000') / 2, D(100) / D('1e2'), D('12E3') / 4)
print(D('1.1').max(D('1.10')), D('-0').max(D('0')), D('NaN').min(D(1)), D(5).compare(D(3)), D('2.50').normalize(), D('100').normalize(), D('0.00').normalize())
print(D('1.2').copy_sign(D(-1)), D(7).is_nan(), D('sNaN').is_snan(), D('1e-999999').is_subnormal(), D(5).number_class(), D('-0').number_class(), D('inf').number_class())
print(D('123.456').to_integral_value(), D('-123.5').to_integral_value(ROUND_HALF_EVEN), D('1.5').to_integral_exact(), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(D(0)))
print(D('12345').scaleb(-2), D('12345').logb(), D(12).remainder_near(D(10)), D(18).remainder_near(D(10)), D(15).fma(2, 3), D('1.00').same_quantum(D('2.00')))
print(pow(D(3), 4, 5), pow(D(-3), 3, 7), D(2) ** 100, D('1.5') ** D('2.5'), D(-2) ** 3)
print(int(D('-7.9')), float(D('1e-400')), D('9' * 40) + 1, sum([D('0.1')] * 10), sorted([D(3), D(1), D('2.5')]), max(D(1), D(2)))
print(D(3).__floor__(), D('-3.5').__ceil__(), __import__('math').floor(D('-3.5')), __import__('math').ceil(D('3.2')))
import copy
print(D("1.50").__reduce__(), copy.copy(D(1)), copy.deepcopy(D(2)))
print(D.__module__, Context.__module__, InvalidOperation.__module__, DecimalTuple.__module__, type(D(1).as_tuple()).__name__)
class MyD(Decimal): pass
m = MyD('1.5'); print(type(m).__name__, repr(m), type(m + 1).__name__, isinstance(m, Decimal))
import numbers; print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(getcontext().flags[FloatOperation], D(1) == 1.0, getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try: D(1) < 1.5
except FloatOperation as e: print('fo', e)
print(D(1) == 1.5, Decimal.from_float(0.5))
try: D(0.5)
except FloatOperation as e: print('fo2', e)
try: D(1) + 1.5
except TypeError as e: print(e)
try: D([1, 2])
except ValueError as e: print(e)
try: D(object())
except TypeError as e: print(e)
try: hash(D('sNaN'))
except TypeError as e: print(e)
try: int(D('nan'))
except ValueError as e: print(e)
try: int(D('inf'))
except OverflowError as e: print(e)
print(D(12345678901234567890123456789012345678) + 0, D('1.000000000000000000000000000000001') * 1)
print(Context(prec=5).create_decimal('3.14159265'), Context(prec=5).create_decimal(1234567), Context().create_decimal_from_float(0.1))
print(D('-5') % 3, D('5') % -3, D('-5') // 3, D('-5.5') // D('2'), divmod(D(-7), D(2)))

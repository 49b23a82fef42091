# decimal: the digit-wise operations (logical_and/or/xor/invert, rotate, shift), signal-dict
# validation of flags and traps, subclass construction, powers of one and of huge exponents,
# NaN precedence in fma and compare_signal, sNaN through create_decimal, the Subnormal flag of
# quantize, comparisons with Fractions at huge exponents, remainder_near far apart.
from decimal import *
from fractions import Fraction

c = Context(prec=9, traps=[])
for op, args in [('logical_and', ('1101', '1011')), ('logical_or', ('1101', '11')),
                 ('logical_xor', ('111000111000', '101')), ('logical_invert', ('101',)),
                 ('logical_and', ('12', '1')), ('logical_or', ('-1', '1')), ('logical_invert', ('1E1',)),
                 ('rotate', ('123456789', '2')), ('rotate', ('123', '-1')), ('rotate', ('12345678901', '3')),
                 ('shift', ('123456789', '2')), ('shift', ('123', '-1')), ('shift', ('5', '10')),
                 ('rotate', ('Inf', '1')), ('shift', ('NaN5', '1')), ('rotate', ('1', '1.5'))]:
    c.clear_flags()
    r = getattr(c, op)(*[Decimal(a) for a in args])
    print(op, args, r, sorted(k.__name__ for k, v in c.flags.items() if v))
print(Decimal(12).logical_and(10, context=c), Decimal(1).shift(3), Decimal(123).rotate(-1))

x = Context()
for value in [[], {}, {Overflow: True}, (Overflow,), 'abc']:
    for attr in ('flags', 'traps'):
        try:
            setattr(x, attr, value)
            print(attr, value, 'ok')
        except (TypeError, KeyError) as e:
            print(attr, value, type(e).__name__, e)
for kw in [dict(flags=(0, 1)), dict(traps=['Q']), dict(traps={Overflow: 1}), dict(flags=[Inexact])]:
    try:
        print(Context(**kw))
    except (TypeError, KeyError) as e:
        print(kw, type(e).__name__, e)
full = {s: (s is Inexact) for s in [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
                                   Subnormal, Overflow, Underflow, FloatOperation]}
x.traps = full
print(x)
with localcontext(traps=[Overflow]) as lc:
    print(lc)
try:
    localcontext(flags='')
except TypeError as e:
    print('TypeError', e)


class MyDecimal(Decimal):
    y = None


m = MyDecimal('1.5')
m.y = 9
n = MyDecimal(m)
d = Decimal('2.5')
print(type(n).__name__, n, n.y, n is m, type(Decimal(m)).__name__, Decimal(d) is d, type(m * 2).__name__)

c = Context(prec=9, traps=[])
for a, b in [('1.0', '1E+30'), ('1', '1E+30'), ('1.00', '123456789012345678901234567890'),
             ('-1.0', '1E+30'), ('1.0', '-1E+30'), ('-1', '7'), ('10', '1e-999999999'),
             ('-2', '1E+3'), ('0.5', '1e-101'), ('1.0', '5')]:
    c.clear_flags()
    print(a, b, c.power(Decimal(a), Decimal(b)), sorted(k.__name__ for k, v in c.flags.items() if v))
print(pow(Decimal('-0'), 1, 1), pow(Decimal(-3), 3, 7), pow(Decimal(-3), 2, 7), pow(Decimal(3), 3, -7))
for args in [('NaN7', 'NaN5', 'sNaN3'), ('0', 'Inf', 'sNaN123'), ('1', 'NaN2', 'sNaN3'), ('sNaN1', '2', 'sNaN3'), ('2', '3', 'NaN9')]:
    c.clear_flags()
    print(args, c.fma(*[Decimal(a) for a in args]), c.flags[InvalidOperation])
for args in [('-NaN', '-NaN'), ('1', 'NaN8'), ('sNaN2', 'NaN3'), ('NaN4', 'sNaN5')]:
    c.clear_flags()
    print(args, c.compare_signal(*[Decimal(a) for a in args]), c.flags[InvalidOperation])
print(c.create_decimal('sNaN'), c.create_decimal('-sNaN12'), c.create_decimal('NaN1234567890'))
q = Context(prec=9, Emin=-383, Emax=384, traps=[])
print(q.quantize(Decimal('0.1E-383'), Decimal('2e-384')), sorted(k.__name__ for k, v in q.flags.items() if v))
q.clear_flags()
print(q.quantize(Decimal('1E-390'), Decimal('1e-391')), sorted(k.__name__ for k, v in q.flags.items() if v))
big = Decimal('1e999999999')
print(big > Fraction(10 ** 30, 3), Decimal('-1e999999999') < Fraction(-1, 3), Decimal('1e-999999999') < Fraction(1, 10 ** 20),
      Decimal('0.5') == Fraction(1, 2), Decimal('-0.75') < Fraction(-2, 3), Decimal(0) == Fraction(0))
c = Context(prec=9, traps=[])
print(c.remainder_near(Decimal('1e-999'), Decimal('7e999')), c.remainder_near(Decimal(-10), Decimal(3)),
      c.remainder_near(Decimal(10), Decimal(6)), c.remainder_near(Decimal('1e-50'), Decimal(3)))

# flags and traps are signal dicts (a mapping over the nine signals)
c = Context(traps=[DivisionByZero])
print(repr(c.flags))
print(c.traps)
c.flags[Inexact] = 5
print(c.flags[Inexact], len(c.flags), list(c.flags)[:2], Inexact in c.flags, 'x' in c.flags)
for f in [lambda: c.flags.__setitem__('x', 1), lambda: c.flags['y'], lambda: c.flags.__delitem__(Inexact)]:
    try:
        f()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(type(c.flags.copy()).__name__, sorted(k.__name__ for k, v in c.flags.copy().items() if v))
print(Context(flags=c.flags, traps=c.traps))
c2 = Context()
c2.traps = c.traps
c2.flags = c.flags
c.flags[Rounded] = True
print(c2, dict(c.traps) == dict(c2.traps))
c = Context(prec=28, traps=[])
print(c.power(Decimal('1.23E+123456791'), 10123898, 17291065), pow(Decimal('12E2'), 3, 7), pow(Decimal('-12E2'), 3, 7))

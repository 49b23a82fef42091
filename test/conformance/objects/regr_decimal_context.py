# decimal: contexts (attributes and their validation, repr, copies, templates, localcontext),
# flags and traps, the signal hierarchy, the exceptions a trapped signal raises and their
# messages, FloatOperation's rules, the context's methods with ints.
import decimal
from decimal import *

c = getcontext()
print(c)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
for name, value in [('prec', 0), ('prec', 'x'), ('prec', MAX_PREC + 1), ('Emin', 1), ('Emax', -1),
                    ('rounding', 'UP'), ('rounding', 3), ('capitals', 2), ('clamp', 5), ('clamp', 'a')]:
    try:
        setattr(Context(), name, value)
        print(name, value, 'accepted')
    except (TypeError, ValueError) as e:
        print(name, value, type(e).__name__, e)
try:
    Context().foo = 1
except AttributeError as e:
    print('AttributeError', e)
x = Context(prec=7, rounding=ROUND_DOWN, Emin=-50, Emax=50, capitals=0, clamp=1,
            traps=[Overflow], flags=[Inexact])
print(x, x.Etiny(), x.Etop())
y = x.copy()
y.prec = 3
print(x.prec, y.prec, y.flags[Inexact], y.traps[Overflow], y.traps[DivisionByZero])
print(x.create_decimal('1.23456789'), x.create_decimal('1e40'), x.create_decimal(123456789))
print(x.create_decimal('NaN123456789'))
try:
    x.create_decimal(' 1')
except InvalidOperation as e:
    print('create_decimal space', e)
print(Context(traps=[]).create_decimal('1_0'))
print(x.to_sci_string(Decimal('1E+5')), x.to_eng_string(Decimal('1E+5')))
print(x.add(1, 2), x.multiply(Decimal('1.5'), 3), x.divide(1, 7), x.power(2, 10), x.sqrt(2))
print(x.compare(1, 2), x.max(1, 2), x.min_mag(-1, 2), x.abs(-5), x.minus(5), x.plus(-0))
try:
    x.add(1, 1.5)
except TypeError as e:
    print('TypeError', e)
print(x.is_zero(0), x.is_signed(-1), x.number_class(Decimal('1e-60')), x.is_subnormal(Decimal('1e-60')))
print(x.divmod(17, 5), x.remainder(-17, 5), x.divide_int(-17, 5), x.fma(2, 3, 4))
print(x.quantize(Decimal('1.23456'), Decimal('0.01')), x.to_integral_value(Decimal('2.5')), x.exp(1), x.ln(2), x.log10(2))

print([s.__name__ for s in Overflow.__mro__])
print([s.__name__ for s in Underflow.__mro__])
print([s.__name__ for s in DivisionByZero.__mro__])
print([s.__name__ for s in FloatOperation.__mro__])
print([s.__name__ for s in decimal.ConversionSyntax.__mro__])
print([s.__name__ for s in decimal.DivisionUndefined.__mro__])

def attempt(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        print(label, repr(r), ctx)
    except DecimalException as e:
        print(label, 'raised', type(e).__name__, e, ctx)

attempt('div0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
attempt('sqrt-1', lambda: Decimal(-1).sqrt())
attempt('syntax', lambda: Decimal('1.2.3'))
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('underflow', lambda: Decimal('1e-999999') / 10 ** 30)
attempt('inexact', lambda: Decimal(1) / 3)
attempt('divimpossible', lambda: Decimal('1e30') // Decimal('1e-30'))
attempt('mod0', lambda: Decimal(5) % 0)
attempt('snan', lambda: Decimal('sNaN') + 1)
attempt('quantize', lambda: Decimal('123.456').quantize(Decimal('1e-30')))
c = getcontext()
c.traps[Inexact] = True
attempt('inexact trapped', lambda: Decimal(1) / 3)
attempt('exact', lambda: Decimal(1) / 4)
c.traps[Inexact] = False
c.traps[DivisionByZero] = False
attempt('div0 untrapped', lambda: Decimal(-1) / 0)
c.traps[DivisionByZero] = True
c.traps[Rounded] = True
c.traps[Inexact] = True
attempt('two trapped', lambda: Decimal(2) / 3)
c.traps[Rounded] = False
c.traps[Inexact] = False
c.clear_flags()

with localcontext() as lc:
    lc.prec = 4
    lc.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(22) / 7, getcontext() is lc)
print(getcontext().prec, getcontext().traps[DivisionByZero], Decimal(22) / 7)
with localcontext(Context(prec=2)) as lc:
    print(Decimal(22) / 7, lc.prec)
with localcontext(prec=6, Emax=10):
    print(Decimal(22) / 7, getcontext().Emax)
try:
    with localcontext(precision=6):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    localcontext(5)
except TypeError as e:
    print('TypeError', e)
old = getcontext()
setcontext(Context(prec=3))
print(Decimal(2).sqrt(), getcontext().prec)
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(old)
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)

c = getcontext()
c.clear_flags()
print(Decimal(1) == 1.0, c.flags[FloatOperation])
c.clear_flags()
print(Decimal(1.25), c.flags[FloatOperation], Decimal.from_float(1.25))
c.clear_flags()
print(Decimal.from_float(0.1), c.flags[FloatOperation])
c.traps[FloatOperation] = True
for f in [lambda: Decimal(1) < 1.5, lambda: Decimal(1) == 1.5, lambda: Decimal(0.5),
          lambda: Decimal.from_float(0.5), lambda: c.create_decimal_from_float(0.25),
          lambda: c.create_decimal(0.25), lambda: 2.5 > Decimal(1)]:
    try:
        print(repr(f()))
    except FloatOperation as e:
        print('FloatOperation', e)
c.traps[FloatOperation] = False
c.clear_flags()
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(decimal.__version__, decimal.__libmpdec_version__)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
print(len(c.flags), sorted(s.__name__ for s in c.traps if c.traps[s]))
x = Context(prec=9, traps=[], flags=[])
x.divide(1, 0)
x.sqrt(-1)
x.power(Decimal('1e-999998'), 2)
print(x)
x.clear_flags()
x.add(Decimal('inf'), Decimal('-inf'))
x.divide(1, 3)
x.create_decimal('abc')
print(x)
x.clear_traps()
print(x)
print(Decimal(1) + Decimal(1))

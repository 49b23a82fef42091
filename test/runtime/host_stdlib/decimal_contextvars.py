import contextvars
import decimal
from decimal import Decimal as D, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

print(D('1.1') + D('2.2'), D(1) / D(7), D('10') ** 20, D('-0.00'), D(0.1))
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP),
      D('7.89').to_integral_value(rounding=ROUND_DOWN))
print(D(2).sqrt(), D(10).ln(), D(1).exp(), D('100').log10())
with localcontext() as ctx:
    ctx.prec = 50
    print(D(2).sqrt(), ctx.prec)
print(decimal.getcontext().prec, D(2).sqrt())
print(sorted([D('1.5'), D('-2'), D('0.25')]), max(D(1), D('1.0')), D('1.0') == D(1), hash(D('1.0')) == hash(1))
print(f"{D('1234.5678'):,.2f} {D('0.000012'):e} {D('42'):>8} {D('3.5'):%}")
print(D('1e3').normalize(), D('123.456').as_tuple(), D('-7.5').copy_abs(), D(5).compare(D(3)))
print(repr(D('NaN')), D('Infinity') > D(10 ** 100), D('-inf'), D('1.50').is_signed())
for bad in ('abc', '1/0'):
    try:
        if bad == 'abc':
            D(bad)
        else:
            D(1) / D(0)
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__)
ctx = decimal.Context(prec=5, rounding=decimal.ROUND_HALF_EVEN, traps=[])
print(ctx.divide(D(1), D(3)), ctx.power(D(2), D(100)), bool(ctx.flags[decimal.Inexact]))
print(D('12.3456').__round__(2), round(D('2.5')), int(D('-3.9')), float(D('0.5')), D(3).__floor__())

var = contextvars.ContextVar('var', default=1)
print(var.get(), var.name)
tok = var.set(2)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
ctx2 = contextvars.copy_context()
var.reset(tok)
print(var.get(), ctx2[var], var in ctx2, len(ctx2) >= 1)
def inside(x):
    var.set(x)
    return var.get()
print(ctx2.run(inside, 99), var.get(), ctx2[var])
other = contextvars.ContextVar('other')
try:
    other.get()
except LookupError:
    print('LookupError')
print(other.get('dflt'))
try:
    var.reset(tok)
except RuntimeError as e:
    print('RuntimeError')

# numbers: the ABC tower, the built-in numbers registered in it, the abstract methods and the
# mixin methods a subclass gets.
import numbers
from fractions import Fraction

N = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 2.5, 1j, Fraction(1, 3), 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in N])
for t in [int, bool, float, complex, Fraction, str]:
    print(t.__name__, [issubclass(t, c) for c in N])
print([issubclass(a, b) for a in N for b in N])
for c in N:
    print(c.__name__, sorted(c.__abstractmethods__))
print(numbers.Number.__hash__, sorted(numbers.__all__))
try:
    numbers.Integral()
except TypeError as e:
    print('TypeError', str(e)[:60])


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return f'MyInt({self.v})'

    def _op(name):
        def f(self, *args):
            args = [a.v if isinstance(a, MyInt) else a for a in args]
            r = getattr(self.v, name)(*args)
            return MyInt(r) if type(r) is int else r
        return f
    for _n in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__',
               '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__',
               '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__',
               '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__',
               '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__',
               '__trunc__', '__xor__']:
        locals()[_n] = _op(_n)
    del _n, _op


m = MyInt(7)
print(m, m + 1, m - 2, 10 - m, divmod(m, 2), divmod(20, m))
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m))
print(bool(m), bool(MyInt(0)), [1, 2, 3, 4, 5, 6, 7, 8][m], m.__index__())
print(isinstance(m, numbers.Rational), isinstance(m, numbers.Complex))


class R(numbers.Real):
    pass


print(sorted(R.__abstractmethods__)[:5])
numbers.Real.register(type('Fake', (), {}))
print(sum(issubclass(t, numbers.Real) for t in [int, float, complex]))

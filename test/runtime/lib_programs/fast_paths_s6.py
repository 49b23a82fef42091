# Session 6 (L) against CPython 3.11's output: a NaN's sign bit (math.copysign sees it after
# negation, float('-nan'), float.fromhex('-nan'); abs() and fabs() clear it), and the float
# `**` fast path of binaryOpFast (x**2, x**1, x**-1, x**0.5 and general exponents, int and
# float exponents, zeros, infinities, NaNs, negative bases, overflow and the error messages).
import math

nan = float('nan')
for v in [-nan, nan, float('-nan'), float('+nan'), float(' -NaN '), float.fromhex('-nan'), float.fromhex('nan'),
          abs(-nan), -(-nan), math.fabs(-nan), -math.nan, math.copysign(nan, -1.0), math.copysign(-nan, 1.0),
          -0.0, 0.0, -1.5, 2.0, float('-inf')]:
    print(repr(v), math.copysign(1.0, v), math.copysign(2, v))
print(math.copysign(-0.0, nan), math.copysign(3, -nan))

n = -float('nan')  # formatting ignores the sign; arithmetic keeps it
print(format(n, 'f'), format(n, 'e'), format(n, 'g'), format(n, ''), '%f' % n, '%r' % n, str(n), format(n, '+f'), f'{n:10.3f}|', float.hex(n), n.hex(), math.fabs(n), abs(n), round(n, 2), complex(n, n), math.copysign(1, math.floor(1.5) * n), math.copysign(1, max(n, n)))
print(math.copysign(1, n * 1.0), math.copysign(1, n + 0.0), math.copysign(1, 1.0 * n), math.copysign(1, float(n)), math.copysign(1, float(str(n))))

# float ** through binaryOpFast: float ** float, float ** int, int ** float, and **=.
inf = float('inf')
bases = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 2.0, 0.1, 1e-300, 1e300, -1e300, inf, -inf, nan, 3, -3, 0, 7]
exps = [0, 1, 2, 3, -1, -2, 0.5, -0.5, 1.5, 2.0, 0.0, -0.0, 3.0, 1e10, -1e10, inf, -inf, nan, 1 / 3]
for x in bases:
    for y in exps:
        if isinstance(x, int) and isinstance(y, int):
            continue
        try:
            r = x ** y
            print(repr(x), repr(y), repr(r), type(r).__name__, math.copysign(1.0, r.real) if r == r else 'nan')
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            print(repr(x), repr(y), type(e).__name__, e)
z = 1.25
z **= 2
print(z)
z **= -1
print(z)
k = 3
k **= 0.5
print(k)
print((-8.0) ** (1 / 3), (-2.0) ** 0.5, 10.0 ** 2 ** 3, 2 ** -1.0, (2 ** 0.5) ** 2)


class F(float):
    def __pow__(self, other):
        return 'F.pow'

    def __rpow__(self, other):
        return 'F.rpow'


print(F(2.0) ** 2, 2.0 ** F(3.0), 2 ** F(3.0), F(2.0) ** F(2.0))
print(2.0 ** True, True ** 2.0, 2.0 ** 10 ** 20 if False else 2.0 ** 1000)
try:
    print(2.0 ** 10 ** 20)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(2.0 ** 'x')
except TypeError as e:
    print('TypeError', e)

# str methods registered through addLibMethod (str_methods.ts def): wrong counts and keywords
# raise the same messages; subclasses are served as plain strs.
for f in [lambda: 'a'.strip(1, 2), lambda: 'a'.lower(1), lambda: 'a'.strip(chars='x'), lambda: 'a'.upper(x=1), lambda: 'a'.split('a', 1, 2), lambda: 'a'.zfill(), lambda: 'a'.lstrip(3), lambda: 'a'.center()]:
    try:
        f()
    except TypeError as e:
        print(e)
class S(str): pass
print(S(' x. ').strip(' .'), S('AB').lower(), type(S('ab').strip()).__name__)

# isinstance: the exact type answers first, before a metaclass's __instancecheck__ (as
# PyObject_IsInstance); subclasses, tuples, bool/int, __class__ proxies and errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return obj == 42


class C(metaclass=Meta):
    pass


class D(C):
    pass


print(isinstance(C(), C), isinstance(D(), C), isinstance(42, C), isinstance('x', C), isinstance(D(), D))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (int, (str, list))), isinstance({}, (int, str)))


class Proxy:
    @property
    def __class__(self):
        return list


class L(list):
    pass


print(isinstance(Proxy(), list), isinstance(Proxy(), Proxy), isinstance(L(), list), isinstance([], L))
for bad in [1, (int, 2), 'str']:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1, int, x=1)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1)
except TypeError as e:
    print('TypeError', e)

# Float and complex subclasses in the exact-float fast paths: their own __bool__, __hash__,
# __add__/__radd__ run (isTrue, hash(), tuple hashes, sum()); plain subclasses hash as floats.
class F(float):
    def __bool__(self):
        print('bool called')
        return False

    def __hash__(self):
        return 7

    def __radd__(self, o):
        return 'radd'

    def __add__(self, o):
        return 'add'


class G(float):
    pass


class Z(complex):
    def __hash__(self):
        return 9


f = F(2.0)
print(bool(f), hash(f), not f, {f: 1})
if f:
    print('truthy')
else:
    print('falsy')
print([1 for x in [f] if x], hash(F(3.5)) == 7, len({F(1.0), F(2.0)}), hash((f, 1)) == hash((7, 1)))
print(hash(G(1e300)) == hash(1e300), hash(G(-1.0)), hash(G(0.5)), hash(Z(1, 2)), hash(complex(1, 2)) == hash(Z(1, 2)))
print(hash((G(2.5), complex(1, 1))) == hash((2.5, complex(1, 1))), bool(G(0.0)), bool(G(-0.0)), bool(G(0.1)))
print(sum([1.5, F(2.0)]), sum([1.5, 2.5, F(1.0)]), sum([F(1.0)], 0.5), sum([1.5, 2.5]), sum([G(1.5), 2.5]), type(sum([G(1.5)], 0.0)).__name__)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([2**60, 2**60, 0.5]), sum([1e308, 1e308, -1e308]))
print({G(1.5): 'a'}[1.5], G(1.5) in {1.5}, {1.5: 'b'}[G(1.5)], hash(G(float('inf'))), hash(G(-0.0)), hash(Z(0.5, -1)) == 9, hash(G(2.0)) == hash(2))

# strip/lstrip/rstrip with one or two characters (the two-code path), astral characters in
# the string, a lone surrogate or an astral character as the argument (the general paths).
# (A surrogate PAIR written as two escapes is one astral character in pyvm: not tested.)
for s in ['', '.', '..,,', '.,a,.', 'word.', ',word', 'a', '\U0001F600.', '.\U0001F600', 'a\ud83d', '\U0001F600\U0001F600', 'xx\u00e9xx']:
    for chars in ['.', '.,', ',.', 'x', '\u00e9', '\U0001F600', '\ud83d', '\ude00', 'ab']:
        print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))

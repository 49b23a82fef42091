# Session 15 (L) against CPython 3.11's output: built-in functions called with 1-2 positional
# arguments (the loops' fixed-arity entries, runtime/function.ts PyBuiltinFunction fast1/fast2):
# len, isinstance, ord, chr, abs and math.sqrt with their own entries, every other built-in
# through the shared ones (their count checks and messages); wrong counts and keywords, argument
# kinds and subclasses, errors raised inside, rebound names, bound built-in methods, warm loops.
import math


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class L(list):
    def __len__(self):
        return 42


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class Absy:
    def __abs__(self):
        return 'abs!'


class Floaty:
    def __float__(self):
        return 2.25


class Indexy:
    def __index__(self):
        return 65


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 7


class WithMeta(metaclass=Meta):
    pass


class Proxy:
    @property
    def __class__(self):
        return int


# warm loops: each call runs many times from the same site (the loops' fixed-arity entries)
vals = ['', 'abc', 'a\U0001F600b', [1, 2], (1,), {1: 2}, {3}, L([1]), S('xy'), range(5), b'ab', bytearray(b'abc')]
for rnd in range(3):
    out = []
    for v in vals:
        out.append(len(v))
    print('len', out)
for v in ['a', 'é', '\U0001F600', '\ud800', S('q'), b'z', bytearray(b'y')]:
    attempt('ord', lambda: ord(v))
for v in [65, 0, 0x10ffff, True, I(66), Indexy()]:
    attempt('chr', lambda: ascii(chr(v)))
for v in [-3, 3, -2.5, True, False, -(2 ** 70), I(-4), F(-1.5), complex(3, 4), Absy()]:
    attempt('abs', lambda: abs(v))
for v in [4, 2.25, 0.0, -0.0, True, I(9), F(6.25), Floaty(), float('inf'), float('nan'), 2 ** 80]:
    attempt('sqrt', lambda: math.sqrt(v))
for v, t in [(1, int), (True, int), (1, bool), ('a', str), (S('a'), str), ('a', S), (1.0, (int, float)),
             ('x', (int, (float, str))), (7, WithMeta), (8, WithMeta), (Proxy(), int), (Proxy(), Proxy),
             ([], list), (L(), list), ({}, dict), (None, type(None)), (int, type), (1, ())]:
    attempt('isinstance', lambda: isinstance(v, t))
for i in range(200):
    n = len('abcd') + ord('a') + len(chr(i)) + abs(-i)
    ok = isinstance(i, int) and not isinstance(i, str)
print('loop', n, ok, math.sqrt(i))

# errors inside the entries
attempt('len-int', lambda: len(5))
attempt('len-none', lambda: len(None))
attempt('ord-empty', lambda: ord(''))
attempt('ord-2', lambda: ord('ab'))
attempt('ord-int', lambda: ord(5))
attempt('ord-bytes2', lambda: ord(b'ab'))
attempt('chr-neg', lambda: chr(-1))
attempt('chr-big', lambda: chr(0x110000))
attempt('chr-huge', lambda: chr(2 ** 70))
attempt('chr-float', lambda: chr(65.0))
attempt('chr-str', lambda: chr('A'))
attempt('abs-str', lambda: abs('x'))
attempt('sqrt-neg', lambda: math.sqrt(-1))
attempt('sqrt-str', lambda: math.sqrt('4'))
attempt('sqrt-big', lambda: math.sqrt(10 ** 400))
attempt('isinstance-bad', lambda: isinstance(1, 2))
attempt('isinstance-badtuple', lambda: isinstance(1, (int, 2)))
attempt('isinstance-badtuple2', lambda: isinstance('s', (int, 2)))

# wrong counts and keywords: the shared entries and the generic path
attempt('len0', lambda: len())
attempt('len2', lambda: len('a', 'b'))
attempt('lenkw', lambda: len(obj='a'))
attempt('ord2', lambda: ord('a', 'b'))
attempt('chr2', lambda: chr(1, 2))
attempt('abs2', lambda: abs(1, 2))
attempt('abs0', lambda: abs())
attempt('sqrt2', lambda: math.sqrt(1, 2))
attempt('sqrt0', lambda: math.sqrt())
attempt('sqrtkw', lambda: math.sqrt(x=1))
attempt('isinstance1', lambda: isinstance(1))
attempt('isinstance3', lambda: isinstance(1, int, 2))
attempt('isinstancekw', lambda: isinstance(1, int=int))
attempt('isinstance0', lambda: isinstance())

# built-ins without their own entries, with 1 and 2 arguments
attempt('hash', lambda: hash('') == hash(''))
attempt('repr', lambda: repr(1.5))
attempt('divmod', lambda: divmod(7, 2))
attempt('divmod1', lambda: divmod(7))
attempt('pow2', lambda: pow(2, 10))
attempt('min1', lambda: min([3, 1, 2]))
attempt('max2', lambda: max(3, 4))
attempt('getattr2', lambda: getattr(1, 'real'))
attempt('getattr2-miss', lambda: getattr(1, 'nope'))
attempt('hasattr', lambda: hasattr(1, 'real'))
attempt('next1', lambda: next(iter([9])))
attempt('next2', lambda: next(iter([]), 'dflt'))
attempt('round1', lambda: round(2.5))
attempt('round2', lambda: round(2.675, 2))
attempt('sum1', lambda: sum([1, 2]))
attempt('sum2', lambda: sum([1, 2], 10))
attempt('floor', lambda: math.floor(2.5))
attempt('atan2', lambda: math.atan2(1, 1))
attempt('atan2-1', lambda: math.atan2(1))
attempt('hypot', lambda: math.hypot(3, 4))
attempt('iter2', lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))

# bound built-in methods and other callables reached the same way
app = [].append
ap2 = [].append
attempt('bound1', lambda: app(1))
attempt('bound2', lambda: app(1, 2))
attempt('bound0', lambda: app())
d = {'a': 1}
g = d.get
attempt('boundget1', lambda: g('a'))
attempt('boundget2', lambda: g('b', 5))
attempt('method-wrapper', lambda: (5).__add__(3))


# rebound names: a Python function or another built-in under the name
def run_rebound():
    global len, abs
    saved_len, saved_abs = len, abs
    len = lambda x: 'mine'
    abs = ord
    try:
        print('rebound', len('abc'), abs('a'))
    finally:
        len, abs = saved_len, saved_abs
    print('restored', len('abc'), abs(-1))


run_rebound()
import builtins
print('builtins.len', builtins.len([1, 2, 3]), builtins.isinstance(1, int))
f = len
print('alias', f('xyz'), [len(x) for x in ['a', 'bb']], list(map(len, ['abc', ''])), sorted(['bb', 'a', 'ccc'], key=len))
try:
    len(5)
except TypeError as e:
    print('tb', type(e).__name__, e.__traceback__ is not None)


# zip and map (their iterators' own next; zip of two iterables, map of one): exhaustion order,
# strict checks, how many times each iterator's __next__ is called, errors raised inside
class Loud:
    def __init__(self, name, n):
        self.name, self.n, self.calls = name, n, 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name + str(self.n)

for a, b in [(2, 3), (3, 2), (2, 2), (0, 1), (1, 0), (0, 0)]:
    for strict in (False, True):
        x, y = Loud('x', a), Loud('y', b)
        attempt(f'zip{a}{b}{strict}', lambda: list(zip(x, y, strict=strict)))
        print('calls', x.calls, y.calls)
        x, y, w = Loud('x', a), Loud('y', b), Loud('w', 2)
        attempt(f'zip3-{a}{b}{strict}', lambda: list(zip(x, y, w, strict=strict)))
        print('calls', x.calls, y.calls, w.calls)
z = zip([1, 2, 3], 'ab')
print(next(z), next(z), list(z), list(z))
print(list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])))
attempt('zip-noniter', lambda: zip(1, [2]))
attempt('zip-kw', lambda: zip([1], x=1))
def boom():
    yield 1
    raise ValueError('boom')
attempt('zip-raise', lambda: list(zip(boom(), [1, 2, 3])))
attempt('zip-raise2', lambda: list(zip([1, 2, 3], boom())))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, 'ab', 'cde', [1])))
x, y = Loud('x', 3), Loud('y', 1)
print(list(map(lambda a, b: a + b, x, y)), x.calls, y.calls)
x = Loud('x', 2)
m = map(str.upper, x)
print(next(m), list(m), list(m), x.calls)
attempt('map-noniter', lambda: map(abs, 5))
attempt('map-one', lambda: map(abs))
attempt('map-kw', lambda: map(abs, [1], x=2))
attempt('map-raise', lambda: list(map(lambda v: 1 // v, [1, 0])))
attempt('map-raise-it', lambda: list(map(abs, boom())))
attempt('map-notcallable', lambda: list(map(5, [1])))
print(type(map(abs, [])).__name__, type(zip()).__name__, iter(m) is m)
class M(map):
    pass
print(list(M(abs, [-4])), isinstance(M(abs, []), map))

# min/max of two, hash, repr, next, iter (their own fixed-arity entries): which object wins a tie,
# the comparisons each makes, errors
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
    def __repr__(self): return f'V({self.v})'
    def __hash__(self): return 2 ** 70
print(min(V(1), V(2)), max(V(1), V(2)), min(V(2), V(2)), max(V(3), V(3)))
a, b = V(5), V(5)
print(min(a, b) is a, max(a, b) is a)
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1), min(0, False), min(float('nan'), 1), min(1, float('nan')), max(-0.0, 0.0), max(0.0, -0.0))
print(min('b', 'a'), max([1], [1, 0]), min((1, 2), (1,)), max(2, 3.5), min(2 ** 70, 3))
attempt('min-mixed', lambda: min(1, 'a'))
attempt('max-mixed', lambda: max('a', None))
attempt('min1', lambda: min([4, 2, 8]))
attempt('min-empty', lambda: min([]))
attempt('min-int', lambda: min(5))
attempt('max-str', lambda: max('hello'))
attempt('minkey', lambda: min(3, -4, key=abs))
attempt('mindefault', lambda: min(3, 4, default=0))
print(hash(V(1)), hash(1), hash(-1), hash(2 ** 64), hash((1, 2)), hash(1.5), hash('') == hash(''), hash(True))
attempt('hash-list', lambda: hash([]))
class NoHash:
    __hash__ = None
attempt('hash-none', lambda: hash(NoHash()))
print(repr('a'), repr(V(3)), repr(1.0), repr(None))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
attempt('next-stop', lambda: next(it))
def g():
    yield 1
    return 'ret'
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print('stop value', e.value)
attempt('next-noniter', lambda: next([1]))
attempt('next-noniter2', lambda: next([1], 0))
attempt('iter-int', lambda: iter(5))
print(list(iter('ab')), list(iter(iter([1, 2]).__next__, 2)))
print(type(iter(range(3))).__name__, type(iter({})).__name__)

# getattr/hasattr of two, callable, divmod (their own entries)
class G:
    x = 1
    def __getattr__(self, n):
        if n == 'boom':
            raise ValueError('boom')
        if n == 'dyn':
            return 'dynamic'
        raise AttributeError(n)
    @property
    def bad(self):
        raise AttributeError('from property')
gobj = G()
print(getattr(gobj, 'x'), getattr(gobj, 'dyn'), hasattr(gobj, 'x'), hasattr(gobj, 'dyn'), hasattr(gobj, 'nope'), hasattr(gobj, 'bad'))
attempt('getattr-miss', lambda: getattr(gobj, 'nope'))
attempt('getattr-prop', lambda: getattr(gobj, 'bad'))
attempt('getattr-boom', lambda: getattr(gobj, 'boom'))
attempt('hasattr-boom', lambda: hasattr(gobj, 'boom'))
attempt('getattr-int-name', lambda: getattr(gobj, 1))
attempt('hasattr-int-name', lambda: hasattr(gobj, 1))
attempt('getattr-int', lambda: getattr(5, 'imag'))
attempt('getattr-int-miss', lambda: getattr(5, 'nope'))
attempt('getattr3', lambda: getattr(5, 'nope', 'd'))
attempt('getattr-sub', lambda: getattr(gobj, S('x')))
print(callable(len), callable(G), callable(gobj), callable(1), callable(lambda: 0), callable([].append), callable(gobj.__getattr__))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2 ** 70, 3), divmod(True, 2))
attempt('divmod0', lambda: divmod(1, 0))
attempt('divmod-str', lambda: divmod('a', 1))
attempt('divmod1', lambda: divmod(1))
attempt('setattr-int-name', lambda: setattr(gobj, 2, 3))
attempt('delattr-int-name', lambda: delattr(gobj, 2))
attempt('getattr3-int-name', lambda: getattr(gobj, 2, 3))
setattr(gobj, S('sa'), 5)
print(gobj.sa, hasattr(gobj, S('sa')), getattr(gobj, S('sa'), 0))
delattr(gobj, S('sa'))
print(hasattr(gobj, 'sa'))

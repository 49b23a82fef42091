# Session 5 (L) fast paths against CPython 3.11's output: str.join on short lists and tuples
# (concatenated in a loop, Array.join above 8 items), every length around the threshold, with
# empty, one- and multi-character separators, non-str items (the error names the position),
# str subclasses, astral characters, and results used as dict keys and indexed.


class S(str):
    pass


for n in range(0, 11):
    items = ['w%d' % i for i in range(n)]
    for sep in ['', ',', ' - ', '\U0001F600']:
        r = sep.join(items)
        t = sep.join(tuple(items))
        print(n, repr(sep), repr(r), r == t, len(r), r[len(r) // 2] if r else '', hash(r) == hash(''.join([r])))

print(repr(''.join([])), repr(','.join(())), repr('x'.join(['only'])))
print(''.join(['a', S('b'), 'c']), type(''.join([S('b')])).__name__, type(S('-').join(['a', 'b'])).__name__)
print('-'.join(['\U0001F600', 'b', '\U0001F601']), len('-'.join(['\U0001F600', 'b', '\U0001F601'])))
long = ''.join(['abcdefgh', 'ijklmnop', 'qrstuvwx', 'yz'])
d = {long: 1}
print(long, long[13], long[-1], d['abcdefghijklmnopqrstuvwxyz'], long.find('xyz'))
for bad in [['a', 1], ['a', 'b', None, 'c'], ('x', b'y'), [2.5]]:
    try:
        ''.join(bad)
    except TypeError as e:
        print('TypeError', e)
for n in [3, 9]:
    try:
        ','.join(['s'] * n + [n])
    except TypeError as e:
        print('TypeError', e)
acc = []
for i in range(2000):
    acc.append(''.join(['k', str(i % 7), ':', str(i % 3)]))
print(len(set(acc)), sorted(set(acc))[:4], acc[-1])

# str.strip/lstrip/rstrip with a few characters (compared by UTF-16 unit): empty and full
# strips, an empty chars argument, astral characters in s (their units never match a BMP
# char), chars of 8 and 9 characters (the Set path), None, and the wrong argument type.
for s in ['Hello,', '..,a.b,..', '', '...', 'abc', '\U0001F600.x.\U0001F600', '.\U0001F600.', ',\ud800,', 'ééaéé']:
    for chars in ['.,', ',', '', 'é', 'abcdefgh', 'abcdefghi', '\U0001F600', None, '.\U0001F600']:
        print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
try:
    'x'.strip(1)
except TypeError as e:
    print('TypeError', e)
words = ['Hello,', 'World.', 'foo', 'Bar,.', '']
print([w.lower().strip('.,') for w in words * 3][:6])

# Unary minus and abs() of exact floats and safe ints (direct paths in runtime/ops.ts), next to
# the cases that keep the slots: bools, big ints, float and int subclasses (with and without
# __neg__/__abs__), signed zeros, infinities and NaNs.
import math


class F(float):
    pass


class G(float):
    def __neg__(self):
        return 'G.neg'

    def __abs__(self):
        return 'G.abs'


class N(int):
    pass


for x in [0.0, -0.0, 1.5, -1.5, 1e308, -5e-324, float('inf'), float('-inf'), float('nan'),
          0, 1, -1, 9007199254740991, -9007199254740991, 2 ** 60, -2 ** 60, True, False,
          F(2.5), F(-0.0), G(1.0), N(-3)]:
    n, a = -x, abs(x)
    print(repr(x), repr(n), type(n).__name__, repr(a), type(a).__name__,
          # (a NaN's sign bit is not kept by JS numbers: not compared)
          math.copysign(1, n) if isinstance(n, float) and n == n else '', math.copysign(1, a) if isinstance(a, float) else '')
for bad in ['s', None, [1]]:
    for f in (lambda v: -v, abs):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
t = 0.0
for i in range(1000):
    t += abs(-i * 0.5) - -(i * 0.25)
print(t)

# capitalize()/title() with ASCII first characters (a direct table) and the rest (title-case
# forms, sharp s, astral, digits, empty).
for w in ['hello', 'Hello', 'hELLO', 'zeta', 'a', '', '1abc', ' x', '_y', '{z', '`q', 'ǆemal', 'ßa', 'éCOLE', '\U00010428x']:
    print(repr(w), repr(w.capitalize()), repr(w.title()))

# d[k] = v on exact dicts (a direct path) and on subclasses with their own __setitem__, an
# unhashable key, and the store order seen by iteration.


class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)


counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, list(counts))
dd = D()
dd['a'] = 1
dd[1.0] = 2
dd[1] = 3
print(dd, type(dd).__name__)
plain = {}
plain[1] = 'int'
plain[1.0] = 'float'
plain[True] = 'bool'
plain[(1, 2)] = 'tuple'
print(plain)
for bad in [[1], {}, {1}]:
    try:
        plain[bad] = 0
    except TypeError as e:
        print('TypeError', e)

# sort(key=...) with the comparator picked from the keys' kinds: all ints, all strs, all exact
# tuples (with items tupleLtFast cannot decide), mixed kinds, stability with equal keys,
# reverse=True, keys whose comparison raises, and a tuple subclass.
data = [('w%d' % (i * 7 % 11), i * 5 % 4) for i in range(23)]
print(sorted(data, key=lambda kv: kv[1]))
print(sorted(data, key=lambda kv: -kv[1], reverse=True))
print(sorted(data, key=lambda kv: kv[0]))
print(sorted(data, key=lambda kv: (-kv[1], kv[0])))
print(sorted(data, key=lambda kv: (kv[1] * 0.5, kv[0])))
print(sorted(data, key=lambda kv: (kv[1], None) if kv[1] else (kv[1], kv[0]))[:5])
print(sorted(['b', '\U0001F600', 'a', '\uffff', 'ab', ''], key=lambda s: s))
print(sorted([3, 1.5, True, -2, 2 ** 60, 0], key=lambda v: v))
print(sorted([3, 1, 2], key=lambda v: 2 ** 70 - v))


class TS(tuple):
    def __lt__(self, other):
        return len(self) > len(other)


print(sorted([(1,), (1, 2), (0, 0, 0)], key=lambda t: TS(t)))
try:
    sorted([1, 'a', 2], key=lambda v: (v,))
except TypeError as e:
    print('TypeError', e)
try:
    sorted([(1, 2), (1, 'x')], key=lambda v: v)
except TypeError as e:
    print('TypeError', e)
lst = [5, 3, 9, 1]
lst.sort(key=lambda v: -v)
print(lst)

# Lone surrogates are code points of their own (len and iteration), pairs count once.
for s in ['a\ud800', '\ud800', '\ud800\ud800', '\ud800a', 'x' * 40 + '\ud800', '\udc00\ud800', '\U0001F600\ud800', 'b\U0001F600']:
    print(len(s), len(s[0:]), [ord(c) for c in s][-3:], s[-1] == '\ud800', len(list(s)))

# ord() of one UTF-16 unit (a direct path), of a pair, and its errors.
print([ord(c) for c in ['a', '\x00', '\xff', '\u20ac', '\ud800', '\udfff', '\U0001F600', '\U00010000']], ord(b'z'))
for bad in ['', 'ab', '\U0001F600x', 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print('TypeError', e)

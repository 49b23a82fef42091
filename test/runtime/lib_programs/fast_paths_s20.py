# Session 20 (L): set copies, set algebra and comparisons reuse the members' stored hashes (as
# CPython's set_merge, set_intersection, set_issubset and frozenset_hash read entry->hash), and
# an intersection keeps the members of the set it iterates (the smaller one, or the iterable).
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        K.n += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % (self.v,)

def vals(r):
    if isinstance(r, (set, frozenset, dict)):
        return type(r).__name__ + str(sorted(repr(x) for x in r))
    return r

d = {K(1): 1, K(2): 2, 'a': 3, 4: 4, (5, 6): 5}
s = {K(1), K(2), 'a', 4, (5, 6), 2.5}
fs = frozenset(s)
t = {K(2), K(3), 'b', 4}
print('built', K.n)
cases = [
    ('copy', lambda: s.copy()), ('set', lambda: set(s)), ('frozenset', lambda: frozenset(s)),
    ('fs.copy', lambda: fs.copy()), ('set(fs)', lambda: set(fs)), ('or', lambda: s | t), ('ror', lambda: t | s),
    ('and', lambda: s & t), ('rand', lambda: t & s), ('sub', lambda: s - t), ('xor', lambda: s ^ t),
    ('fs or', lambda: fs | t), ('fs and', lambda: fs & t), ('fs sub', lambda: fs - t), ('fs xor', lambda: fs ^ t),
    ('union', lambda: s.union(t, fs)), ('intersection', lambda: s.intersection(t, fs)),
    ('intersection0', lambda: s.intersection()), ('difference', lambda: s.difference(t, fs)),
    ('symdiff', lambda: s.symmetric_difference(t)), ('update', lambda: [u := set(), u.update(s, t), u][2]),
    ('ior', lambda: [u := set(t), u.__ior__(s), u][2]), ('iand', lambda: [u := set(s), u.__iand__(t), u][2]),
    ('isub', lambda: [u := set(s), u.__isub__(t), u][2]), ('ixor', lambda: [u := set(s), u.__ixor__(t), u][2]),
    ('eq', lambda: s == fs), ('ne', lambda: s != t), ('le', lambda: s <= fs), ('lt', lambda: t < s), ('ge', lambda: fs >= s),
    ('issubset', lambda: s.issubset(fs)), ('issuperset', lambda: s.issuperset(t)), ('isdisjoint', lambda: s.isdisjoint(t)),
    ('set(d)', lambda: set(d)), ('frozenset(d)', lambda: frozenset(d)), ('update(d)', lambda: [u := set(), u.update(d), u][2]),
    ('union(d)', lambda: s.union(d)), ('difference(d)', lambda: s.difference(d)), ('issubset(d)', lambda: s.issubset(d)),
    ('fromkeys(s)', lambda: dict.fromkeys(s)), ('fromkeys(fs)', lambda: dict.fromkeys(fs, 0)), ('fromkeys(d)', lambda: dict.fromkeys(d)),
    ('hash(fs)', lambda: hash(frozenset(s)) == hash(fs)), ('intersection_update', lambda: [u := set(s), u.intersection_update(t), u][2]),
    ('difference_update', lambda: [u := set(s), u.difference_update(t), u][2]),
    ('sd_update', lambda: [u := set(s), u.symmetric_difference_update(t), u][2]),
    ('self update', lambda: [u := set(s), u.update(u), u][2]), ('self ior', lambda: [u := set(s), u.__ior__(u), u][2]),
    ('in', lambda: K(1) in s), ('list', lambda: s.intersection([K(2), K(9), 4])),
]
for name, f in cases:
    K.n = 0
    r = f()
    print(name, K.n, vals(r))

# An intersection keeps the members of the set it iterates: the smaller one (the right operand
# when the sizes are equal), or the other iterable's items.
print({1.0, 2} & {1}, {1.0} & {1}, {1} & {1.0, 2}, {1.0, 2}.intersection({1}), {1.0, 2}.intersection([1]))
print({1.0, 2}.intersection([1], [1.0]), frozenset({1.0, 2}) & {True}, {1, 2, 3} & {3.0, 2.0, 1.0})
u = {1.0, 2}; u &= {1}; print(u)
u = {1.0, 2}; u.intersection_update([1]); print(u)
u = {1.0, 2, 3}; u.intersection_update({1, 5}, [1.0]); print(u)
print(sorted({10, 20, 3, 7} & {7, 3, 99, 10, 20}), {8, 16, 0, 24} & {24, 16, 8, 0, 1})

# Colliding hashes: a copy into an empty set asks no __eq__ (set_merge's clean insertion).
class C:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        C.calls += 1
        return isinstance(o, C) and o.v == self.v
a = {C(1), C(2), C(3)}
for name, f in (('copy', lambda: a.copy()), ('set', lambda: set(a)), ('frozenset', lambda: frozenset(a))):
    C.calls = 0
    r = f()
    print(name, 'eq calls', C.calls, len(r), sorted(x.v for x in r))

# A __hash__ changed after insertion: the stored hash is the one copies and merges use.
class M:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __repr__(self): return 'M'
m = M(1); src = {m}; m.h = 2
for name, f in (('copy', lambda: src.copy()), ('set', lambda: set(src)), ('or', lambda: src | set()),
                ('frozenset', lambda: frozenset(src))):
    r = f()
    print(name, m in r, len(r), M(1) in r, r == src)
print(src <= {m}, src.issubset(frozenset(src)), src.isdisjoint({m}))

# Unhashable members of an iterable still raise, and errors leave the set as it was.
try:
    {1, 2}.intersection([[1]])
except TypeError as e:
    print('TypeError', e)
u = {1, 2}
try:
    u.update([3, [4]])
except TypeError as e:
    print('TypeError', e, sorted(u))

# str(obj, encoding) decodes any buffer (bytearray, memoryview, array.array), as CPython's
# PyUnicode_FromEncodedObject (G's finding, session 20).
from array import array
print(str(bytearray(b'abc'), 'ascii'), str(memoryview(b'xy'), 'utf-8'), str(array('b', [65, 66]), 'ascii'), str(b'q', 'ascii'))
print(repr(str(bytearray(b'\xff'), 'latin-1')), str(memoryview(b'abcd')[1:3], 'ascii'))
for bad in (1, 'str', [1], None):
    try:
        str(bad, 'ascii')
    except TypeError as e:
        print('TypeError', e)
try:
    str(bytearray(b'\xff'), 'ascii')
except UnicodeDecodeError as e:
    print('UDE', e)
print(str(bytearray(b'ab'), errors='strict'), str(bytearray(b'ab'), encoding='ascii'))

# str.split() with no separator: spaces and printable ASCII are tested inline (session 20), every
# other unit by the whitespace class.
seps = [c for c in range(0x3100) if len(('a' + chr(c) + 'b').split()) == 2]
print(len(seps), seps[:12], seps[12:])
lead = [c for c in range(0x3100) if ('' + chr(c) + 'x').split() == ['x']]
print(lead == seps, ''.join(chr(c) for c in range(0x3100) if chr(c).isspace()) == ''.join(map(chr, seps)))
for s in ('', ' ', '  a  ', 'a\x1fb\x85c\xa0d\u3000e\x00f\x7fg', '\t\n\x0b\x0c\r\x1c\x1d\x1e x ', 'one two  three\n', 'x' * 40 + ' y'):
    print(s.split(), s.split(None, 1), s.split(maxsplit=0), s.rsplit())

# str iterators pickle and copy (CPython's unicodeiter_reduce / __setstate__; G's test_itertools
# finding, session 20): the index counts code points.
# (Not after exhaustion: CPython's iterator then drops its str, this one keeps it.)
import copy
it = iter('ab\U0001F600cd')
print(it.__reduce__()[1:], next(it), next(it), it.__reduce__()[1:], next(it), it.__reduce__()[1:])
c = copy.copy(it); print(list(c), next(it))
it = iter('xyz\U0001F600w'); next(it)
p = copy.deepcopy(it); print(list(p), list(it))
for n in (-5, 0, 1, 2, 3, 99):
    it = iter('\U0001F600\U0001F601abc')
    it.__setstate__(n); print(n, list(it))
it = iter('abc'); it.__setstate__(True); print(list(it))
for bad in ('1', 1.5, None):
    try:
        iter('abc').__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
print(iter('').__reduce__()[1:], type(iter('abc').__reduce__()[0]).__name__)

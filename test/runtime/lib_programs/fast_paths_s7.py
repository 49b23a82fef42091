# Session 7 (L) against CPython 3.11's output: sort()/sorted() of short lists of only ints or
# only strs (insertion sort up to 32 ints / 16 strs, the typed array or Array.sort above),
# at and around the thresholds, reversed, with duplicates, negatives, big ints, bools and
# floats mixed in (which leave the fast path), surrogates, and the error cases.
def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % mod - mod // 2)
    return out

for n in [0, 1, 2, 3, 5, 15, 16, 17, 31, 32, 33, 40, 64, 100]:
    for mod in [3, 1000, 2 ** 40]:
        a = lcg(n, n + 7, mod)
        s1 = sorted(a)
        s2 = sorted(a, reverse=True)
        b = list(a)
        b.sort()
        c = list(a)
        c.sort(reverse=True)
        print(n, mod, s1 == b, s2 == c, s1[:6], s2[:6], s1[-3:], sum(s1), len(s1))
    print(sorted(list(range(n, 0, -1)))[:5], sorted(list(range(n)), reverse=True)[:5])

# Mixed kinds leave the fast path (same result as CPython's comparisons).
print(sorted([3, 1, True, 2, False, 0]))
print(sorted([3, 1.5, 2, -0.0, 0, 1]))
print(sorted([2 ** 70, 5, -2 ** 70, 3, 2 ** 53 + 1, 2 ** 53]))
print(sorted([5, 3, 1], reverse=True), sorted([1, 1, 1]), sorted([-5, -1, -3]))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    sorted(['a', 3, 'b'])
except TypeError as e:
    print('TypeError', e)

words = ['pear', 'Apple', 'apple', 'banana', '', 'b', 'ä', 'z', 'Zeta', 'é', 'e\u0301', '\uffff', 'ab', 'a', 'aa']
for n in range(len(words) + 1):
    print(n, sorted(words[:n]), sorted(words[:n], reverse=True)[:3])
many = [w + str(i % 7) for i, w in enumerate(words * 3)]
print(sorted(many)[:8], sorted(many, reverse=True)[:4], len(sorted(many)))
print(sorted(['\U0001f600', 'a', '\uffff', 'b']), sorted(['b', '\ud800', 'a']))
print(sorted('hello world'), sorted(('b', 'a', 'c')), sorted({3: 1, 1: 2, 2: 3}))

class L(list):
    pass

l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__)

# `in` on an exact dict or set (ops.contains' direct path) and on everything else.
class Id:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Id) else o)
    def __repr__(self):
        return 'Id(%r)' % self.v

class S(set):
    def __contains__(self, x):
        return x == 'always'

class D(dict):
    def __contains__(self, x):
        return True

nan = float('nan')
s = {1, 5, 'a', 2.5, (1, 2), frozenset([3]), True, -0.0, 2 ** 60, nan, Id(7)}
d = {1: 'x', 'a': 2, 2.0: 3, (1, 2): 4, None: 5, 2 ** 70: 6, Id(8): 7}
for x in [1, 1.0, True, 0, False, 0.0, -0.0, 5, 6, 'a', 'b', '', 2.5, 2, (1, 2), (1, 3), frozenset([3]),
          2 ** 60, 2 ** 60 + 1, 2 ** 70, None, nan, 7, 7.0, Id(7), 8, Id(8), 8.0]:
    print(repr(x), x in s, x not in s, x in d, x not in d)
for x in [[1], {1: 2}, [], {}, ([1],), (1, {}), (1, [2])]:
    for c in [s, d, frozenset(s)]:
        try:
            print(x in c)
        except TypeError as e:
            print('TypeError', e)
print({3} in {frozenset([3])}, set() in {frozenset()}, 'always' in S(), 1 in S([1]), 'x' in D(), 1 in D())
empty_s, empty_d = set(), {}
print(1 in empty_s, 'a' in empty_s, 1 in empty_d, 'a' in empty_d, 1 in frozenset([1]), 'q' in frozenset('q'))
words = set('the quick brown fox'.split())
print(sum(1 for w in 'the lazy dog and the quick fox'.split() if w in words))

# len() of exact lists, tuples and dicts (ops.len's direct path) and of their subclasses.
class LL(list):
    def __len__(self):
        return 42

class TT(tuple):
    pass

class DD(dict):
    def __len__(self):
        return 7

x = [1, 2, 3]
x.append(4)
del x[0]
dd = {i: i for i in range(10)}
del dd[3]
dd.pop(4)
print(len([]), len(x), len(()), len((1,)), len({}), len(dd), len(LL([1])), len(TT((1, 2))), len(DD(a=1)), len({1, 2}), len(frozenset()),
      len('a\U0001f600b'), len(range(10)), len(b'ab'), len({}.keys()), len(dd.items()), len(bytearray(3)))
for bad in [1, 2.5, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)

# str comparisons through compareOpFast's str path (== != directly, < <= > >= by code point).
class SS(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__

strs = ['', 'a', 'b', 'ab', 'a\x00', 'B', '\xe9', '\uffff', '\U0001f600', '\U0001f601', '\ud800', '\ud83d', '\ud83dA', '\ude00', '\ud83d\ud83d', 'a\U0001f600', 'a\uffff', 'a\ud800b', '\U00010000', '{']
for a in strs:
    print(repr(a), [(a == b, a != b, a < b, a <= b, a > b, a >= b) for b in strs].count((True, False, False, True, False, True)),
          ''.join('1' if a < b else '0' for b in strs), ''.join('1' if a >= b else '0' for b in strs))
print(SS('x') == 'y', 'y' == SS('x'), SS('x') != 'x', 'a' == 1, 'a' != None, '1' == 1)
for bad in [1, None, 2.5, ['a']]:
    try:
        print('a' < bad)
    except TypeError as e:
        print('TypeError', e)
print(sorted(strs) == sorted(strs, key=lambda x: [ord(c) for c in x]), [ord(c) for c in min(strs[1:])], [ord(c) for c in max(strs)])

# List slicing through computeSlice's shared bounds: nested slicing inside __index__ and inside
# the assigned iterable, negative and extended steps, deletion, strs and tuples.
class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        junk = [9, 8, 7, 6, 5][1:4:2]
        return self.v + len(junk) - 2

def gen(l):
    for x in l[::-1]:
        yield x * 10

base = list(range(10))
for sl in [slice(None, None, -1), slice(2, 8), slice(8, 2, -2), slice(-3, None), slice(None, -20), slice(Ix(1), Ix(7), Ix(2)),
           slice(100, None, -3), slice(None, None, 4), slice(5, 5), slice(-1, -11, -1)]:
    p = list(base)
    q = list(base)
    q[sl] = gen(p[sl]) if (sl.step or 1) == 1 else list(gen(p[sl]))
    r = list(base)
    del r[sl]
    print(p[sl], q, r, 'abcdefghij'[sl], tuple(base)[sl])
perm = [3, 1, 4, 0, 2, 6, 5, 7, 8]
for k in [4, 0, 8, 2]:
    perm[:k + 1] = perm[k::-1]
    print(perm)
try:
    perm[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    perm[::0]
except ValueError as e:
    print('ValueError', e)
long = ''.join(chr(32 + i % 90) for i in range(5000))
for t in [long, long[:4096], long[:4097], 'a\xe9\uffff\u4e2d' * 3, 'a\U0001f600b' * 3, '']:
    r = t[::-1]
    print(len(r), r[:12], r[-5:], t[::3][:9], t[-2::-5][:7], t[1:9:2], r == ''.join(reversed(t)))

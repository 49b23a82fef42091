# Session 9 (L) against CPython 3.11's output: sort()/sorted() with keys that are ints or
# same-length tuples of ints (sorted as packed doubles, equal keys kept in list order), and
# key=None lists of such tuples; ties, reverse=True, ranges and widths that do not pack
# (the comparator path), mixed kinds, tuple subclasses, the key's call order with reverse,
# a key that raises, and a key that mutates the list.
def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % mod - mod // 2)
    return out


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + hash(x)) % 1000000007
    return h


# Stability: values that compare equal by key stay in list order (the values are distinct).
for n in [0, 1, 2, 3, 10, 33, 200, 1000]:
    for mod in [1, 3, 50, 2 ** 20, 2 ** 45, 2 ** 60]:
        a = lcg(n, n + 3, mod)
        vals = [(x, i) for i, x in enumerate(a)]
        s1 = sorted(vals, key=lambda v: v[0])
        s2 = sorted(vals, key=lambda v: v[0], reverse=True)
        s3 = sorted(vals, key=lambda v: (v[0] % 7, -v[0]))
        s4 = sorted(vals, key=lambda v: (v[0] % 3, v[0] % 5, v[1] % 2), reverse=True)
        s5 = sorted(vals, key=lambda v: (v[0] % 4,))
        b = list(vals)
        b.sort(key=lambda v: -v[0])
        print(n, mod, digest(s1), digest(s2), digest(s3), digest(s4), digest(s5), digest(b), s1[:3], s4[:2])

# key=None: tuples of ints, equal tuples kept in order (identity shows it).
t1 = (1, 2)
t2 = (1, 2)
t3 = (0, 5)
r = sorted([t1, t3, t2])
print(r, r[0] is t3, r[1] is t1, r[2] is t2)
r = sorted([t1, t3, t2], reverse=True)
print(r, r[0] is t1, r[1] is t2)
print(sorted([(3, -1), (3, -2), (-2 ** 40, 7), (2 ** 40, 0), (0, 0)]))
print(sorted([(i % 3, -i) for i in range(12)]))
print(sorted([(i % 3, -i) for i in range(12)], reverse=True))

# Not packable: keys too wide, ranges too large, big ints, bools, floats, mixed lengths,
# strs, tuple subclasses (same results through the comparator path).
print(sorted([(1, 2, 3, 4, 5), (1, 2, 3, 4, 4), (0, 9, 9, 9, 9)]))
print(sorted([(2 ** 52, 1), (-2 ** 52, 2), (0, 2 ** 52), (0, -2 ** 52)]))
print(sorted([2 ** 53, -2 ** 53, 2 ** 53 + 1, 0], key=lambda v: v))
print(sorted([10 ** 20, 3, -10 ** 20], key=lambda v: -v))
print(sorted([(1, True), (1, False), (0, 2)]))
print(sorted([(1, 2.5), (1, 2), (0, 3)]))
print(sorted([(1, 2), (1,), (1, 2, 0), (0, 9)]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted(['b', 'a', 'c'], key=lambda s: (len(s), s)))


class T(tuple):
    def __lt__(self, other):
        return tuple(self) > tuple(other)


print(sorted([T((1, 2)), T((3, 4)), T((2, 0))]))
print(sorted([1, 2, 3], key=lambda v: T((v, -v))))
print(sorted([True, False, True, 0, 1], key=lambda v: v))
print(sorted([3, 1, 2], key=lambda v: v > 1))

# The key is called once per item, in the list's order, also with reverse=True.
print(sorted([1, 2, 3], key=lambda v: print('key', v) or -v, reverse=True))
l = [5, 4, 6]
l.sort(key=lambda v: print('key', v) or v % 2, reverse=True)
print(l)

# A key that raises: the list is left as it was.
l = [3, 1, 2]
def bad(v):
    if v == 2:
        raise ValueError('no 2')
    return v
try:
    l.sort(key=bad)
except ValueError as e:
    print('ValueError', e, l)

# A key that mutates the list: ValueError after the sort, the sorted result kept.
l = [3, 1, 2]
def grow(v):
    l.append(v)
    return v
try:
    l.sort(key=grow)
except ValueError as e:
    print('ValueError', e, l)

# Reverse with equal keys keeps their order (CPython reverses, sorts stably, reverses).
words = ['bb', 'a', 'cc', 'd', 'ee', 'f']
print(sorted(words, key=len, reverse=True), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), 0), reverse=True))

# int() of floats (exact floats first in intFromObject) and float subclasses: a subclass's own
# __int__ is called, else float's truncation; __trunc__ / __index__ of a float subclass are not
# what int() uses.
class F(float):
    def __int__(self):
        return 42


class G(float):
    def __trunc__(self):
        return 7


class H(float):
    def __index__(self):
        return 9


class J(F):
    pass


print(int(F(2.5)), int(G(2.5)), int(H(3.5)), int(J(1.5)))
print(int(2.5), int(-2.5), int(1e20), int(-1e20), int(-0.0), int(0.999), int(-0.999), int(2.0 ** 53 + 2))
for bad in [float('nan'), float('inf'), float('-inf')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# enumerate over a list's or tuple's own iterator (read in place) and over other iterators.
l = [10, 20, 30]
out = []
for i, v in enumerate(l):
    out.append((i, v))
    if i == 0:
        l.append(40)
print(out)
it = iter([1, 2, 3])
next(it)
e = enumerate(it, 5)
print(next(e), list(it), list(e), list(e))
l = [1]
e = enumerate(l)
print(list(e))
l.append(2)
print(list(e))
print(list(enumerate((7, 8), -2)), list(enumerate('ab')), list(enumerate(x * x for x in range(3))))
print(list(enumerate([5, 6], 2 ** 64)), list(enumerate([], 3)))


class L(list):
    def __iter__(self):
        return iter([9, 9])


print(list(enumerate(L([1, 2, 3]))), list(enumerate(reversed([1, 2]))))
try:
    enumerate(5)
except TypeError as ex:
    print('TypeError', ex)

# list.pop(i) and list.insert(i, x): short moves, long moves (shift/unshift/splice), ends,
# negative and out-of-range indices, the index converted first (its __index__ may change the list).
for n in [1, 2, 3, 16, 17, 18, 40]:
    for i in [0, 1, n // 2, n - 2, n - 1, -1, -n, n, n + 5, -n - 3]:
        l = list(range(n))
        r = [n, i]
        try:
            r.append(l.pop(i))
        except IndexError as e:
            r.append(str(e))
        r.append(sum(l[k] * (k + 1) for k in range(len(l))))
        l = list(range(n))
        l.insert(i, -1)
        r.append(l.index(-1))
        r.append(sum(l[k] * (k + 1) for k in range(len(l))))
        print(r)
q = list(range(30))
out = []
while q:
    out.append(q.pop(0))
    if len(out) % 4 == 0:
        q.insert(0, -len(out))
        out.append(q.pop(len(q) // 2))
print(out)


class Idx:
    def __init__(self, l, v):
        self.l = l
        self.v = v

    def __index__(self):
        self.l.clear()
        self.l.extend([7, 8, 9])
        return self.v


l = [1, 2, 3, 4, 5]
print(l.pop(Idx(l, 0)), l)
l = [1, 2, 3, 4, 5]
l.insert(Idx(l, 1), 'x')
print(l)
for bad in ["'a'", '2 ** 70', '-2 ** 70', '1.5']:
    for expr in ['[].pop(%s)', '[1, 2].pop(%s)', '[].insert(%s, 0)', '[1].insert(%s, 0)']:
        try:
            src = expr % bad
            l = [1, 2]
            print(src, eval(src))
        except Exception as e:
            print(src, type(e).__name__, e)
l = []
l.insert(True, 'a')
l.insert(False, 'b')
print(l, l.pop(True), l, [].pop() if False else None)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)

# list.remove: short and long lists, first match removed, an __eq__ that shortens the list.
for n in [1, 5, 17, 18, 40]:
    for x in [0, 1, n // 2, n - 1, n + 1]:
        l = list(range(n)) + list(range(n))
        try:
            l.remove(x)
            print(n, x, len(l), l.index(x) if x in l else None, sum(l[k] * (k + 1) for k in range(len(l))))
        except ValueError as e:
            print(n, x, 'ValueError', e)


class Shrink:
    def __init__(self, l):
        self.l = l

    def __eq__(self, other):
        del self.l[:]
        self.l.extend([1, 2])
        return True


l = [0, 0, 0, 5]
l.remove(Shrink(l))
print(l)
l = [0, 0, 0, 0, 0]
s = Shrink(l)
l[3] = s
l.remove(s)
print(l)


class No:
    def __eq__(self, other):
        return False


l = [No(), No(), No(), 0]
l.remove(Shrink(l))
print(l)

# zip: no "done" state (each call starts again from the first iterator, as CPython's zip_next),
# strict=True's messages, zero arguments, non-iterables.
a = iter([1, 2, 3, 4])
b = iter([1])
z = zip(a, b)
print(list(z), list(z), list(a))
a = iter([1, 2, 3, 4, 5])
z = zip(a, iter([]))
print(next(z, 'end'), next(z, 'end'), list(a))
print(list(zip()), list(zip('ab', [1, 2, 3], (7, 8, 9))), list(zip([1, 2], strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2, 3], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
try:
    zip([1], 5)
except TypeError as e:
    print('TypeError', e)
try:
    zip([1], bogus=1)
except TypeError as e:
    print('TypeError', e)
print(dict(zip('abc', range(3))), [x + y for x, y in zip([1, 2, 3], [10, 20, 30])])

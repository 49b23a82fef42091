# Session 14 (L): sets keep a removed int/float/str member's entry until it is added again
# (runtime/dict.ts HashTable.lazy). Membership, length, order, algebra and iteration after
# add/remove churn, against CPython 3.11.

# A member removed and added again takes its old place (CPython reuses the freed slot).
s = {1, 9}; s.remove(1); s.add(1); print(s, list(s), len(s))
s = {1, 9, 17}; s.remove(9); s.add(9); print(s)
s = {1, 9, 17}; s.remove(1); s.add(1); print(s)
s = {1, 9, 17}; s.discard(17); s.add(17); print(s)
s = {3, 11, 19, 27}; s.remove(11); s.remove(19); s.add(19); s.add(11); print(s)
s = set(range(20)); s.remove(5); s.add(5); print(s)

# An equal member of another type added after a removal is the new member.
s = {1, 2}; s.remove(1); s.add(1.0); print(s, [type(x).__name__ for x in sorted(s)])
s = {1, 2}; s.remove(True); print(s); s.add(True); print(s)
s = {2.5, 3}; s.discard(2.5); print(2.5 in s, len(s)); s.add(2.5); print(2.5 in s, len(s))
s = {2 ** 70, 1}; s.remove(2 ** 70); print(s, 2 ** 70 in s); s.add(2 ** 70); print(2 ** 70 in s, len(s))

# remove/discard of absent and removed members.
s = {1, 2, 3}
s.remove(2)
for op in (lambda: s.remove(2), lambda: s.remove(7)):
    try:
        op()
    except KeyError as e:
        print('KeyError', e)
s.discard(2); s.discard(2)
print(len(s), 2 in s, sorted(s), s == {1, 3}, s != {1, 2, 3}, s <= {1, 3, 5}, s >= {3})

# Churn of the same few members (nqueens' pattern), then every way of reading the set.
cols, d1, d2 = set(), set(), set()
def solve(n, row):
    if row == n:
        return 1
    c = 0
    for col in range(n):
        if col in cols or (row + col) in d1 or (row - col) in d2:
            continue
        cols.add(col); d1.add(row + col); d2.add(row - col)
        c += solve(n, row + 1)
        cols.remove(col); d1.remove(row + col); d2.remove(row - col)
    return c
print(solve(6, 0), cols, d1, d2, len(cols), bool(cols))
cols.add(3); d1.add(4); d1.add(2)
print(cols, d1, sorted(d1 | cols), d1 & {2, 9}, d1 - {2}, d1 ^ {2, 5}, cols.isdisjoint(d1), list(d1), min(d1), max(d1))
print(set(d1), frozenset(d1), d1.copy(), tuple(d1), sum(d1), 4 in d1, 3 in d1, repr(d1))
x = min(d1); d1.remove(x); print(x, d1, len(d1))

# Many different members added and removed (the dead entries are dropped as they pile up).
s = {-1}
for i in range(10000):
    s.add(i)
    s.remove(i)
    if i % 3 == 0:
        s.add(i)
print(len(s), sum(s), 9999 in s, 9998 in s, 9997 in s, min(s), max(s))
t = set()
for i in range(1000):
    t.add(i); t.add(i + 1); t.remove(i)
print(t, len(t))

# str members.
w = {'a', 'b', 'c'}
w.remove('b'); print(sorted(w), 'b' in w, len(w)); w.add('b'); print(sorted(w), 'b' in w, len(w))
w.remove('a'); w.remove('b'); w.add('a'); print(sorted(w), len(w), w == {'a', 'c'})
words = set()
for k in range(300):
    key = 'w' + str(k % 17)
    if key in words:
        words.remove(key)
    else:
        words.add(key)
print(sorted(words), len(words))

# Iteration while changing the set.
s = {1, 2, 3}
try:
    for v in s:
        s.remove(v)
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
s = {1, 2, 3}
seen = []
for v in s:
    s.remove(v); s.add(v); seen.append(v)
print(seen, s)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(3)
        s.add(4)
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
s = {1, 2, 3}; it = iter(s); next(it); s.remove(1); s.add(1)
print(list(it), s)
s = set(range(2000)); seen = 0
for v in s:
    s.add(-1); s.remove(-1); s.discard(v + 5000); seen += v
print(seen, len(s), -1 in s)
s = set(range(3000)); total = 0; pops = 0
while s:
    v = s.pop(); total += v; pops += 1
    s.discard(v + 1); s.discard(v + 7)
    if v % 5 == 0:
        s.add(v + 2); s.remove(v + 2)
print(total, pops, len(s), s)

# Hashed members (tuples, instances equal to ints) mixed with removed ints.
s = {1, (1, 2), 3}
s.remove(1); s.remove((1, 2)); print(s, (1, 2) in s, 1 in s); s.add(1); s.add((1, 2)); print(sorted(s, key=str), len(s))

class Id:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return (other.v if isinstance(other, Id) else other) == self.v
    def __repr__(self):
        return 'Id(%r)' % self.v

s = {5, 6}
s.remove(5)
print(Id(5) in s, Id(6) in s)
s.add(Id(5)); print(len(s), 5 in s, Id(5) in s, sorted(s, key=repr))
s.remove(5); print(len(s), 5 in s, s)
s.add(5); s.remove(Id(5)); print(len(s), 5 in s, s)
s = {7}; s.remove(7); s.add(Id(7)); s.add(7); print(len(s), s)
d = {Id(5): 'x', 6: 'y'}; del d[5]; print(d, 5 in d); d[Id(5)] = 'z'; print(d.pop(5), d)
try:
    del d[5]
except KeyError as e:
    print('KeyError', e)

# A set subclass, clear, update and in-place operators after churn.
class S(set):
    pass
u = S([1, 2, 3]); u.remove(2); u.add(2); u.remove(3); print(u, type(u).__name__, len(u))
u.clear(); u.add(1); u.remove(1); print(u, len(u), bool(u))
v = {1, 2, 3, 4}; v.remove(2); v |= {2, 8}; v -= {3}; v &= {1, 2, 8, 9}; v ^= {1, 5}; print(v, len(v))
v = {1, 2, 3}; v.remove(1); v.update([1, 4]); v.difference_update([4]); v.intersection_update([1, 2, 3]); print(v)
v = {1, 2, 3}; v.remove(2); v.symmetric_difference_update({2, 3}); print(v)
d = {1: 'a', 2: 'b'}; del d[1]; d[1] = 'c'; print(d, list(d))

# Session 19 (L): range lengths past 2**53 (range.__len__ exact, as len() already was),
# and the paths changed for speed this session, at their edges.
import operator

# ---- range.__len__ / len() / length hints of ranges around 2**53 and past it.
for n in (2**53 - 1, 2**53, 2**53 + 1, 2**60, 2**62 + 3, 2**63 - 1):
    for r in (range(n), range(-n, 0), range(0, 2 * n, 2), range(n, 0, -1), range(1, n, 3)):
        print(len(r), r.__len__(), range.__len__(r), r.__len__() == len(r), type(r.__len__()).__name__)
        it = iter(r)
        print(it.__length_hint__(), operator.length_hint(it), reversed(r).__length_hint__())
for r in (range(2**63), range(2**64), range(-2**64, 2**64)):
    for f in (len, lambda r: r.__len__(), lambda r: range.__len__(r)):
        try:
            print(f(r))
        except OverflowError as e:
            print('OverflowError', e)
    print(iter(r).__length_hint__())
for r in (range(0), range(10), range(-5, 5, 3), range(10, 0, -3), range(2**53, 2**53 + 7)):
    print(len(r), r.__len__(), operator.length_hint(r), bool(r))
print(range.__len__, type(range.__len__).__name__, type(range(3).__len__).__name__)
print(repr(range(3).__len__)[:32])
for bad in ((), (1,), ):
    try:
        range(3).__len__(*bad)
        print('ok', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    range.__len__([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    range(3).__len__(x=1)
except TypeError as e:
    print('TypeError', e)

# ---- operator.length_hint of a range past 2**53 (containers.ts exactLength).
print(operator.length_hint(range(2**60)), operator.length_hint(range(2**53 + 1)), operator.length_hint(range(2**53, -1, -1)))
try:
    operator.length_hint(range(2**64))
except OverflowError as e:
    print('OverflowError', e)

# ---- Ellipsis and NotImplemented reduce to their names (copy and pickle them as globals).
import copy
print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce_ex__(2), NotImplemented.__reduce_ex__(4))
print(copy.copy(...) is ..., copy.deepcopy([..., NotImplemented, (..., 1)]), copy.copy(NotImplemented) is NotImplemented)
for o in (Ellipsis, NotImplemented):
    try:
        o.__reduce__(1)
    except TypeError as e:
        print('TypeError', e)
print(type(Ellipsis).__reduce__, type(NotImplemented).__reduce__)
print(type(...).__reduce__(...), type(NotImplemented).__reduce__(NotImplemented))
try:
    type(...).__reduce__(NotImplemented)
except TypeError as e:
    print('TypeError', e)

# ---- Dict copies and merges reuse the stored hashes of hashed-path keys (CPython's dict_merge
# and dict.copy): a counting __hash__ is not called again; __eq__ still decides collisions.
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        K.n += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % (self.v,)
class Sub(dict):
    pass
class OwnIter(dict):
    def __iter__(self): return iter(list(dict.keys(self))[::-1])
d = {K(1): 1, K(2): 2, 'a': 3, 4: 4, (5, 6): 5, 7.5: 6, K(-1): 7, -1: 8}; print(K.n)
for name, f in (('copy', lambda: d.copy()), ('dict', lambda: dict(d)), ('splat', lambda: {**d}),
                ('update', lambda: [e := {}, e.update(d), e][2]), ('or', lambda: d | {}), ('ror', lambda: {} | d),
                ('ior', lambda: [e := {K(1): 'x'}, e.__ior__(d), e][2]), ('kw', lambda: dict(d, z=1)),
                ('sub', lambda: dict(Sub(d))), ('subcopy', lambda: Sub(d).copy()), ('own', lambda: dict(OwnIter(d))),
                ('into', lambda: [e := {K(2): 'old', (5, 6): 'old'}, e.update(d), e][2]),
                ('self', lambda: [e := dict(d), e.update(e), e][2]), ('split', lambda: {**{'p': 1, 'q': 2}, **d})):
    before = K.n
    r = f()
    print(name, K.n - before, r == d or r, len(r), list(r)[:4], r.get(K(2)), r.get((5, 6)), r.get(-1), r.get(K(-1)))
# A key whose __eq__ is called on a collision still sees it (two K with equal hashes).
class C:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        C.calls += 1
        return isinstance(o, C) and o.v == self.v
a = {C(1): 'a', C(2): 'b', C(3): 'c'}
C.calls = 0
b = dict(a); print('eq calls', C.calls, len(b), sorted(x.v for x in b))
C.calls = 0
e = {C(2): 'x'}; e.update(a); print('eq calls', C.calls, len(e), [(k.v, v) for k, v in e.items()])
# A __hash__ changed after insertion: the stored hash is what the copy uses (as CPython).
class M:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
m = M(1); src = {m: 'v'}; m.h = 2
c = src.copy(); print(c[m] if m in c else 'missing', M(1) in c, len(c))
c = dict(src); print('found' if m in c else 'missing', len(c))

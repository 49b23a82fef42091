# Instance and str-keyed dicts in every state the split (shared-keys) layout of runtime/dict.ts
# goes through: same keys in the same / another order, deletion and re-insertion, non-str and
# str-subclass keys, many keys, mutation during iteration, vars()/__dict__ views, and hash/eq
# calls into Python. Stdout must equal CPython 3.11's (dict_programs/*.out).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
c = P(5, 6)
del c.x
c.x = 7
print(vars(c), list(c.__dict__))
d = P(8, 9)
d.__dict__['w'] = 1
d.__dict__[1] = 'one'
print(d.__dict__, d.w)
print(a.__dict__ == {'y': 2, 'x': 1}, a.__dict__ == b.__dict__)


class Q:
    pass


q1 = Q()
q1.b = 1
q1.a = 2
q2 = Q()
q2.a = 3
q2.b = 4
print(list(vars(q1)), list(vars(q2)))
q2.b = 40
q2.a = 30
print(vars(q2))

# Many attributes (past the split limit of 30 keys) keep their order.
r = Q()
for i in range(40):
    setattr(r, 'k%d' % i, i)
print(len(vars(r)), list(vars(r))[:3], list(vars(r))[-3:], r.k35)
for i in range(0, 40, 3):
    delattr(r, 'k%d' % i)
print(len(vars(r)), list(vars(r))[:4])

# Plain dicts with str keys: literal, comprehension, pop/popitem/setdefault/update/clear/copy.
e = {'one': 1, 'two': 2}
e['three'] = 3
print(e, e.pop('one'), e, e.popitem(), e)
e.setdefault('four', 4)
e.update({'five': 5}, six=6)
f = e.copy()
e.clear()
print(e, f, len(f), 'five' in f, 'seven' in f, f.get('six'), f.get('x', '-'))
g = {k: len(k) for k in ['aa', 'b', 'ccc']}
print(g, sorted(g), list(g.items()), list(g.values()))

# 1 == 1.0 == True meet; a str never meets a number.
h = {'1': 's'}
h[1] = 'i'
h[1.0] = 'f'
h[True] = 't'
print(h, len(h))


class S(str):
    pass


# A str subclass key meets its plain str (and the dict keeps the first key object).
k = {'abc': 1}
k[S('abc')] = 2
print(k, type(list(k)[0]).__name__)
k2 = {}
k2[S('xyz')] = 1
k2['xyz'] = 2
print(k2, type(list(k2)[0]).__name__)
o = Q()
o.__dict__[S('attr')] = 5
print(o.attr, vars(o))


class H:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        H.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, H) else other)


m = {'p': 1}
print(H('q') in m, H(1) in m, m.get(H(2)), H.calls)
try:
    m[[1]] = 2
except TypeError as ex:
    print('TypeError', ex)
try:
    print([1] in {'a': 1})
except TypeError as ex:
    print('TypeError', ex)
try:
    del m['nope']
except KeyError as ex:
    print('KeyError', ex)
try:
    {'a': 1}.pop([])
except TypeError as ex:
    print('TypeError', ex)

# Mutation during iteration.
n = {'a': 1, 'b': 2}
try:
    for key in n:
        n['c'] = 3
except RuntimeError as ex:
    print('RuntimeError', ex)
inst = P(1, 2)
try:
    for key in inst.__dict__:
        inst.extra = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
for key in n:
    n[key] = 0  # replacing values is allowed
print(n)

# Instances of different classes with the same attribute names, and getattr defaults.
class R:
    def __init__(self):
        self.x = 'rx'
        self.y = 'ry'


objs = [P(1, 2), R(), P(3, 4)]
print([(o.x, o.y) for o in objs], getattr(objs[1], 'z', 'none'), hasattr(objs[0], 'x'))
objs[0].__dict__.clear()
print(vars(objs[0]), hasattr(objs[0], 'x'))
objs[2].__dict__.update(x=30, q=1)
print(vars(objs[2]))
print(sorted(vars(objs[1]).items()), repr(objs[1].__dict__))
z = dict(a=1, b=2)
print(z == {'b': 2, 'a': 1}, list(reversed(z)), dict.fromkeys('ab', 0), {**z, 'c': 3})

# NaN keys: equal to nothing, found only as the same object (identity first).
nan1 = float("nan")
nan2 = float("nan")
dn = {nan1: 1}
sn = {nan1}
print(nan1 in dn, nan2 in dn, float("nan") in sn, nan1 in sn, len({nan1, nan2, nan1}))
dn[nan2] = 2
print(len(dn), dn[nan1], dn[nan2], dn.get(float("nan"), "absent"))
import math
print(math.nan in {math.nan}, math.nan in {float("nan"): 0}, {1.0: "a", 1: "b"})

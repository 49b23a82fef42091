# An instance's attributes and its __dict__ object stay one thing through every change of the
# dict: assignment of __dict__ (a fresh dict, another instance's dict, a combined dict), writes
# and deletions through vars(), clear(), key lists that diverge, __slots__ classes, and
# methods shadowed by instance attributes. The attribute caches (runtime/attrcache.ts) read
# an instance's own copy of its dict's key list and values; loops run each access site many
# times so that the cached paths are the ones taken.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return 'method'

    def total(self):
        return self.a + self.b


def reads(objs):
    out = []
    for o in objs:
        out.append((o.a, o.b, getattr(o, 'c', None)))
    return out


def calls(objs):
    out = []
    for o in objs:
        out.append(o.m() if callable(o.m) else o.m)
    return out


ps = [P(i, i * 10) for i in range(6)]
for _ in range(3):
    reads(ps)

# another instance's dict: both see each other's stores
ps[1].__dict__ = ps[0].__dict__
ps[1].a = 'shared'
print(ps[0].a, ps[1].a, ps[0].__dict__ is ps[1].__dict__)
ps[0].c = 'new key'
print(reads(ps[:2]))

# the first owner takes a fresh dict: the other keeps the old one
ps[0].__dict__ = {'a': 1, 'b': 2}
ps[0].a = 3
print(reads(ps[:2]), ps[1].__dict__)

# writes, deletions and clear() through the dict object
d = vars(ps[2])
d['a'] = 'via dict'
d['z'] = 'z key'
print(ps[2].a, ps[2].z, reads(ps[2:3]))
del d['b']
try:
    ps[2].b
except AttributeError as e:
    print('AttributeError', e)
ps[2].b = 'back'
print(reads(ps[2:3]), list(d))
ps[3].__dict__.clear()
print(hasattr(ps[3], 'a'), reads(ps[4:5]))
ps[3].a = 'a again'
ps[3].b = 'b again'
print(reads(ps[3:4]), vars(ps[3]))

# a dict that is not split (non-str key) as __dict__, then attribute stores into it
nd = {1: 'one', 'a': 'A', 'b': 'B'}
ps[4].__dict__ = nd
print(reads(ps[4:5]))
ps[4].a = 'A2'
print(nd)

# key lists that diverge: the same class with attributes in different orders and counts
class Q:
    pass


qs = []
for i in range(8):
    q = Q()
    if i % 2:
        q.x = i
        q.y = -i
    else:
        q.y = -i
        q.x = i
    if i % 3 == 0:
        q.extra = i * i
    qs.append(q)
for _ in range(3):
    print([(q.x, q.y, getattr(q, 'extra', '-')) for q in qs])
del qs[0].x
print(hasattr(qs[0], 'x'), vars(qs[0]))
qs[0].x = 'restored'
print([q.x for q in qs])

# a method shadowed by an instance attribute, and unshadowed again
for _ in range(3):
    print(calls(ps[5:]))
ps[5].m = 'shadow'
print(calls(ps[5:]))
del ps[5].m
print(calls(ps[5:]))
ps[5].__dict__ = {'a': 0, 'b': 0, 'm': lambda: 'from new dict'}
print(calls(ps[5:]), ps[5].total())


# __slots__ classes (no __dict__) and a subclass that adds one
class S:
    __slots__ = ('u', 'v')

    def __init__(self):
        self.u = 1
        self.v = 2

    def m(self):
        return 'S.m'


class SD(S):
    pass


for _ in range(3):
    s = S()
    print(s.u, s.v, s.m(), hasattr(s, '__dict__'))
sd = SD()
sd.w = 3
print(sd.u, sd.w, vars(sd), sd.m())
sd.m = 'shadowed'
print(sd.m)
try:
    S().__dict__
except AttributeError as e:
    print('AttributeError', e)

# __dict__ assignment errors leave the instance as it was
try:
    ps[2].__dict__ = ['not', 'a', 'dict']
except TypeError as e:
    print('TypeError', e)
print(ps[2].a)
del ps[2].__dict__
print(hasattr(ps[2], 'a'), vars(ps[2]))
ps[2].a = 'after del'
print(ps[2].a, vars(ps[2]))


# __class__ assignment between classes with a __dict__ keeps the attributes
class R:
    def total(self):
        return 'R.total', self.a


p = P(5, 6)
for _ in range(3):
    print(p.total())
p.__class__ = R
print(p.total(), p.b)

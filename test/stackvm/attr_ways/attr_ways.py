# Polymorphic attribute and method sites (runtime/attrcache.ts: two inline ways, then the
# entries): each site below sees two to five classes in turn, and the second way's facts are
# then made false by shadowing, a changed key list, a class modification and __class__
# assignment, while the site keeps running.


class Base:
    kind = 'base'

    def __init__(self, n):
        self.n = n
        self.tag = 'b'

    def get(self):
        return self.n

    def bump(self):
        self.n = self.n + 1


class A(Base):
    def get(self):
        return ('A', self.n)


class B(Base):
    def __init__(self, n):
        self.extra = 0
        self.n = n


class C(Base):
    kind = 'c'


def site_load(objs):
    return [o.n for o in objs]


def site_method(objs):
    return [o.get() for o in objs]


def site_store(objs, v):
    for o in objs:
        o.n = v
    return [o.n for o in objs]


def site_kind(objs):
    return [o.kind for o in objs]


objs = [A(1), B(2)]
for i in range(4):
    print(i, site_load(objs), site_method(objs), site_store(objs, i * 10), site_kind(objs))
    for o in objs:
        o.bump()

# Shadowing the method on the second class's instance (its key list changes).
objs[0].get = lambda: 'own'
print(site_method(objs), site_load(objs))
del objs[0].get
print(site_method(objs), site_load(objs))

# The class of the second way modified: a new method, then a class constant replaced.
A.get = lambda self: ('A2', self.n)
print(site_method(objs), site_kind(objs))
A.kind = 'a'
print(site_method(objs), site_kind(objs))

# __class__ assignment between the two classes of a site.
objs[1].__class__ = C
print(site_method(objs), site_kind(objs), site_load(objs))

# More classes than the two ways, in turn, with different key lists.
many = [A(1), B(2), C(3), Base(4), A(5)]
many[3].tag2 = 'x'
for i in range(3):
    print(site_load(many), site_method(many), site_store(many, i), site_kind(many))

# A store that appends a key, alternating classes (__init__-like stores).
class P:
    pass


class Q:
    pass


def fill(o, v):
    o.first = v
    o.second = v * 2
    return (o.first, o.second, sorted(vars(o)))


for i in range(4):
    print(fill(P(), i), fill(Q(), -i))
q = Q()
q.zero = 0
print(fill(q, 9), fill(P(), 8))

# A property on one class of the site: never cached as a value.
class R(Base):
    @property
    def n(self):
        return 'prop'

    @n.setter
    def n(self, v):
        self.__dict__['_n'] = v


rs = [A(1), R(2), A(3), R(4)]
print(site_load(rs), site_store(rs, 7), [getattr(o, '_n', None) for o in rs])

# A site run long enough for its ways to change places (a class hit often out of line, here
# the commoner one seen first and a rarer one last): loads, method calls and stores keep
# answering for the right class.
class E1:
    def __init__(self, v):
        self.v = v
        self.w = -v

    def m(self):
        return self.v


class E2:
    def __init__(self, v):
        self.w = v
        self.v = 2 * v

    def m(self):
        return -self.v


def long_site(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.v + o.m()
            o.w = r
    return total, [o.w for o in objs[:3]]


es = [E1(i) for i in range(9)] + [E2(1)]
print(long_site(es, 50))
es = [E2(i) for i in range(3)] + [E1(i) for i in range(7)]
print(long_site(es, 50), long_site(es[::-1], 50))

# The attribute inline caches (runtime/attrcache.ts) against CPython: every access below
# runs from one instruction many times, so that the cached paths (first class inline, more
# classes, class constants, module attributes, stores that add keys) are taken and then
# invalidated by class changes, shadowing, deletions, __class__ assignment and __dict__ use.
import math


class P:
    K = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x


class Q(P):
    K = 'q'


def loads(objs):
    out = []
    for o in objs:
        try:
            out.append((o.x, o.K, o.get()))
        except AttributeError as e:
            out.append(str(e))
    return out


ps = [P(i, -i) for i in range(5)]
print(loads(ps))
# Polymorphic: more classes than the cache holds, at one site.
classes = [type('C%d' % i, (P,), {'K': i}) for i in range(7)]
objs = [c(i, i) for i, c in enumerate(classes)] * 2
print(loads(objs))
print(loads([Q(1, 2), P(3, 4), Q(5, 6)]))

# A class constant shadowed by the instance, then the class changed.
p = P(1, 2)
seen = []
for i in range(6):
    if i == 2:
        p.K = 'own'
    if i == 3:
        del p.K
    if i == 4:
        P.K = 'changed'
    seen.append(p.K)
print(seen)
P.K = 3

# A method shadowed by an instance attribute, then restored.
seen = []
for i in range(6):
    if i == 2:
        p.get = lambda: 'shadow'
    if i == 4:
        del p.get
    seen.append(p.get())
print(seen)

# The method replaced on the class, and a bound method loaded as an attribute.
seen = []
for i in range(5):
    if i == 2:
        P.get = lambda self: ('new', self.y)
    m = p.get
    seen.append(m())
print(seen)
del P.get
print(hasattr(p, 'get'))

# Class constant replaced by a property (a data descriptor wins over the instance).
class R:
    v = 1

    def __init__(self):
        self.w = 0


r = R()
seen = []
for i in range(5):
    if i == 2:
        R.v = property(lambda self: 'prop')
    if i == 3:
        r.__dict__['v'] = 'dict'
    seen.append(r.v)
print(seen)

# Stores that add keys (__init__) in different orders and counts, at one site.
class S:
    def __init__(self, n, rev):
        names = ['a', 'b', 'c', 'd'][:n]
        if rev:
            names.reverse()
        for nm in names:
            setattr(self, nm, nm * 2)
        self.last = n


objs = [S(n, rev) for n in range(5) for rev in (False, True) for _ in range(3)]
print([sorted(vars(o).items()) for o in objs[::3]])
print([list(vars(o)) for o in objs[::5]])


class T:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = a + b


ts = [T(i, i * 2) for i in range(50)]
print(sum(t.c for t in ts), list(vars(ts[-1])))
# A store to an attribute the class holds as a plain value goes to the instance.
class U:
    n = 0

    def __init__(self):
        self.n = self.n + 1
        self.n += 1


print([vars(U()) for _ in range(3)], U.n)
# A store through a data descriptor on the class (a property setter) is not cached away.
class V:
    def __init__(self):
        self._v = []

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v.append(value)


v = V()
for i in range(4):
    v.v = i
print(v.v, vars(v))

# __class__ assignment and __dict__ replacement under a warm cache.
class W1:
    def __init__(self):
        self.x = 'w1'

    def who(self):
        return 'W1'


class W2:
    def __init__(self):
        self.x = 'w2'

    def who(self):
        return 'W2'


w = W1()
seen = []
for i in range(6):
    if i == 2:
        w.__class__ = W2
    if i == 3:
        w.__dict__ = {'x': 'replaced', 'y': 1}
    if i == 4:
        w.__dict__[5] = 'int key'
    seen.append((w.x, w.who()))
    w.x = w.x + '!'
print(seen, sorted(map(str, vars(w))))

# Deleting an instance attribute (the dict leaves split mode) under a warm cache.
class D:
    def __init__(self):
        self.a = 1
        self.b = 2


ds = [D() for _ in range(4)]
del ds[1].a
seen = []
for d in ds:
    try:
        seen.append(d.a + d.b)
    except AttributeError as e:
        seen.append(str(e))
    d.b = 10
    seen.append(d.b)
print(seen)

# Module attributes: cached, then changed, added and deleted (on math: pyvm's modules cannot
# be made with ModuleType(name)).
m = math
m.a = 1
seen = []
for i in range(7):
    if i == 2:
        m.a = 2
    if i == 3:
        m.b = 'new key'
    if i == 4:
        del m.a
    if i == 5:
        m.a = 'back'
    try:
        seen.append(m.a)
    except AttributeError as e:
        seen.append(str(e))
print(seen)
print([math.pi for _ in range(3)], [getattr(math, 'e') for _ in range(2)])
# A module __getattr__ (PEP 562).
m.__getattr__ = lambda name: 'dyn ' + name
print([m.zzz for _ in range(3)], m.a)
print([o.__name__ for o in (m, math, m, math)])

# Attributes of class objects (metaclass type): constants, functions, descriptors, changes
# to the class and to a base, metaclass attributes, and a class with another metaclass.
class Base:
    K = 'base'

    def __init__(self, v):
        self.v = v

    @staticmethod
    def st():
        return 'static'

    @classmethod
    def cm(cls):
        return 'cm ' + cls.__name__

    @property
    def pr(self):
        return 'prop'


class Sub(Base):
    def __init__(self, v):
        Base.__init__(self, v * 10)


seen = []
for i in range(8):
    if i == 2:
        Base.K = 'changed'
    if i == 3:
        Sub.K = 'sub own'
    if i == 4:
        del Sub.K
    if i == 5:
        Base.__init__ = lambda self, v: setattr(self, 'v', -v)
    if i == 6:
        Base.K = 7
    seen.append((Sub.K, Base.K, Sub(i).v, Sub.st(), Sub.cm(), type(Sub.pr).__name__, Sub.__name__))
print(seen)


class Meta(type):
    K = 'meta'

    def __getattribute__(cls, name):
        if name == 'special':
            return 'from meta'
        return type.__getattribute__(cls, name)


class WithMeta(metaclass=Meta):
    K = 'class'


print([(WithMeta.K, WithMeta.special, Base.__name__, Sub.__mro__[1].__name__) for _ in range(3)])
objs = [Base, Base(1), Sub, Sub(2), WithMeta] * 3
print([getattr(o, 'K') for o in objs])
print([o.K for o in objs])

# Module functions called (LOAD_METHOD on a module), then replaced and deleted.
del math.__getattr__
seen = []
for i in range(6):
    if i == 2:
        math.myf = lambda x: x * 2
    if i == 3:
        saved = math.floor
        math.floor = lambda x: 'replaced'
    if i == 4:
        math.floor = saved
        del math.myf
    try:
        seen.append((math.floor(2.5), math.myf(i)))
    except AttributeError as e:
        seen.append((math.floor(3.5), str(e)))
print(seen)

# type.__call__ skipping object.__init__ (runtime/class.ts typeCall): the errors it can raise.
class NewOnly:
    def __new__(cls, *a):
        return object.__new__(cls)


class Plain:
    pass


for f in (lambda: float(3), lambda: tuple([1, 2]), lambda: bool(0), lambda: NewOnly(1, 2),
          lambda: Plain(), lambda: Plain(1), lambda: object(1), lambda: int('7'), lambda: Plain(x=1)):
    try:
        r = f()
        print(type(r).__name__, r if not isinstance(r, (NewOnly, Plain)) else '')
    except TypeError as e:
        print('TypeError', e)


# Instance creation after __init__ changes on the class or a base (the VMs enter
# __init__ directly while the class's version holds; runtime/class.ts inlinableInit).
class IBase:
    def __init__(self, v):
        self.v = v


class ISub(IBase):
    pass


made = []
for i in range(7):
    if i == 2:
        IBase.__init__ = lambda self, v: setattr(self, 'v', v * 100)
    if i == 3:
        def own(self, v):
            self.v = -v
        ISub.__init__ = own
    if i == 4:
        def gen_init(self, v):
            yield v
        ISub.__init__ = gen_init
    if i == 5:
        del ISub.__init__
    if i == 6:
        def with_default(self, v, w=1000):
            self.v = v + w
        IBase.__init__ = with_default
    try:
        made.append(ISub(i).v)
    except (TypeError, AttributeError) as e:
        made.append(type(e).__name__ + ': ' + str(e))
print(made)


# The monomorphic hit kept inline in the cache (AttrCache v0/k0/i0/a0/f0, session 5): one
# site's first class, then a second class, the first class modified, an instance with
# another key order, a deleted attribute, an instance attribute shadowing the method, a
# class without instance dicts, and stores that append then replace.
class M1:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.b


class M2:
    def __init__(self, a, b):
        self.b = b
        self.a = a

    def get(self):
        return -self.b


class MSlots:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.b * 10


def read_b(o):
    return o.b


def call_get(o):
    return o.get()


def set_b(o, v):
    o.b = v


def set_c(o, v):
    o.c = v
    return o.c


objs = [M1(1, 2), M1(3, 4), M2(5, 6), MSlots(7, 8)]
rows = []
for step in range(8):
    if step == 2:
        odd = M1(9, 10)
        odd.z = 11
        del odd.a
        objs.append(odd)
    if step == 3:
        objs[1].get = lambda: 'shadowed'
    if step == 4:
        M1.b = property(lambda self: 'prop')
    if step == 5:
        del M1.b
    if step == 6:
        M1.get = lambda self: 'new get'
    row = []
    for o in objs:
        try:
            row.append(read_b(o))
        except AttributeError as e:
            row.append('AttributeError: ' + str(e))
        row.append(call_get(o))
        if step != 4:
            set_b(o, step)
        if not isinstance(o, MSlots):
            row.append(set_c(o, step * 2))
    rows.append(row)
for r in rows:
    print(r)
print([sorted(vars(o)) for o in objs if not isinstance(o, MSlots)])


# Module attributes through the cached (table version, entry) pair (AttrCache mt/me): the
# value replaced, deleted, added back, another key added, a module-level __getattr__.
import math as mod

mod.f = lambda x: x + 1
mod.g = 5
seen = []
for step in range(7):
    if step == 2:
        mod.f = lambda x: x * 10
    if step == 3:
        del mod.f
    if step == 4:
        mod.__getattr__ = lambda name: (lambda x: ("fallback", name, x))
    if step == 5:
        mod.f = lambda x: -x
        mod.h = 1
    try:
        seen.append((mod.f(step), mod.g, mod.floor(2.5)))
    except AttributeError as e:
        seen.append("AttributeError: " + str(e))
print(seen)

# A site whose class changes for good (a new class per round, as a program run again by
# the same process makes new classes): the inline hit (attrcache.ts `owner`) follows the
# class added last; loads, method loads and stores (present and appended keys) stay right.
def rounds():
    out = []
    for r in range(7):
        class P:
            def __init__(self, v):
                self.v = v

            def get(self):
                return self.v + r

        class Q(P):
            pass

        objs = [P(r), Q(r * 10)] if r % 2 else [P(r)]
        for o in objs:
            for k in range(3):
                o.w = k
                out.append((o.v, o.w, o.get()))
    return out

print(rounds())

# A site that sees its rarer class last, then the common one many times (deltablue's
# BinaryConstraint methods): the inline hit moves to the class the site keeps seeing
# (attrcache.ts `strays`, STRAY_LIMIT); shared and different key lists, a method shadowed by
# an instance attribute, a class changed between rounds (new versions), stores of present
# and new keys.
def strays():
    class Base:
        def __init__(self, a, b):
            self.a = a
            self.b = b

        def m(self):
            return self.a - self.b

        def load(self):
            return self.a + self.b

        def put(self, v):
            self.b = v
            self.c = v * 2

    class Common(Base):
        pass

    class Rare(Base):
        def __init__(self, a, b):
            self.b = b
            self.a = a

    class Third(Base):
        pass

    out = []
    objs = [Common(i, 1) for i in range(3)]
    rare = Rare(100, 200)
    third = Third(7, 8)
    for rnd in range(4):
        total = 0
        for k in range(150):
            o = objs[k % 3]
            if k == 5:
                o = rare
            elif k % 40 == 39:
                o = third
            total += o.load() + o.m()
            o.put(k)
            total += o.b + o.c
        out.append(total)
        if rnd == 1:
            # The class changed: its entries (by version) no longer match.
            Common.m = lambda self: self.a * 1000
        if rnd == 2:
            # An instance attribute shadowing the method on one object.
            objs[0].m = lambda: -1
    out.append((rare.a, rare.b, rare.c, third.c, objs[1].c))
    return out

print(strays())


def class_attrs():
    # Attributes of class objects through LOAD_ATTR / LOAD_METHOD (attrcache forClass): the
    # class's own attribute wins over a non-data descriptor of `type` (`Base.__init__`,
    # a class-defined `mro`), a data descriptor of `type` wins over the class's
    # (`__name__`, `__doc__`, `__dict__`), and a change to the class or a base is seen.
    class Base:
        __name__ = 'not the name'
        __doc__ = 'doc'

        def __init__(self, x):
            self.x = x

        def mro(self):
            return 'own mro'

    class Derived(Base):
        def __init__(self, x):
            Base.__init__(self, x * 2)

    class Plain:
        pass

    out = []
    for rnd in range(4):
        d = Derived(rnd)
        Base.__init__(d, d.x + 1)
        out.append(d.x)
        out.append(Base.__name__)
        out.append(Base.__doc__)
        out.append(Derived.__doc__)
        out.append('__init__' in Base.__dict__)
        out.append(Base.mro(None) if rnd < 3 else len(Base.mro()))
        out.append(Plain.mro())
        out.append(Plain.__init__ is object.__init__)
        f = Base.__init__
        out.append(f.__name__)
        if rnd == 1:
            def other_init(self, x):
                self.x = -x
            Base.__init__ = other_init
        if rnd == 2:
            del Base.mro
            out.append(len(Base.mro()))
    return out

print(class_attrs())


# Binary dunders of same-class operands (class.ts binaryWrapper's tv === tw path): a Python
# function, NotImplemented (no reflected call for the same class: TypeError), only __radd__
# defined, a staticmethod dunder, a dunder replaced on the class, a subclass's operands.
class BV:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return BV(self.x + o.x)

    def __sub__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return "rmul"

    __truediv__ = staticmethod(lambda o: ("static", o.x))


class BW(BV):
    pass


a, b = BV(1), BV(2)
print((a + b).x, (BW(3) + BW(4)).x, (a + BW(5)).x, a / b)
for expr in (lambda: a - b, lambda: a * b, lambda: BW(1) - BW(2)):
    try:
        expr()
    except TypeError as e:
        print("TypeError", e)
BV.__add__ = lambda s, o: ("replaced", s.x, o.x)
print(a + b, BW(7) + BW(8))
del BV.__add__
try:
    a + b
except TypeError as e:
    print("TypeError", e)


# An instance's values array (session 11): the first store allocates it at the size instances
# with that first attribute reached before (1-4 slots as a literal, more as a slice), later
# stores grow it; every value must survive each growth, whichever size it started at.
class G1:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "g%d" % i, i * 10)


for n in (1, 2, 3, 4, 5, 6, 9):
    objs = [G1(n) for _ in range(3)]
    for k in range(n, n + 3):
        objs[1].__dict__["g%d" % k] = -k
        setattr(objs[2], "g%d" % k, k + 0.5)
    print(n, [sorted(o.__dict__.items()) for o in objs])


class G2:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


gs = [G2(i, [i], str(i), i * 1.5) for i in range(5)]
gs[0].e = "e"
gs[0].f = None
del gs[1].b
gs[1].b = "back"
print([(g.a, g.b, g.c, g.d) for g in gs], gs[0].e, gs[0].f, list(gs[1].__dict__))

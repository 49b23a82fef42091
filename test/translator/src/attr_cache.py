# The attribute cache's inline hit tests written in the register loop (LOAD_ATTR, ATTR_JUMP,
# LOAD_METHOD, CALL_ATTR): each site made monomorphic first, then given what must miss
# (another class, another key list, a shadowing instance attribute, a modified class, a
# deleted attribute, built-in receivers, modules, class objects), output against CPython.
import math


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x

    def norm(self):
        return self.x * self.x + self.y * self.y


class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x

    def get(self):
        return -self.x


class R(P):
    flag = None

    def get(self):
        return self.x * 10


def load_x(o):
    return o.x


def jump_on(o):
    if o.flag:
        return 'yes'
    return 'no'


def call_get(o):
    return o.get()


def bound_get(o):
    m = o.get
    return m()


def run_sites(objs):
    out = []
    for o in objs:
        try:
            out.append((load_x(o), call_get(o), bound_get(o)))
        except AttributeError as e:
            out.append(('AttributeError', str(e)))
    return out


ps = list(map(P, range(5), range(1, 6)))
print(run_sites(ps * 3))
# Another class with the same names in another key order, a subclass, then back.
print(run_sites([P(1, 2), Q(3, 4), R(5, 6), P(7, 8), Q(9, 10)] * 2))
# A method shadowed by an instance attribute after the site cached it.
s = P(2, 3)
print(call_get(s), bound_get(s))


def shadow():
    return 'shadowed'


s.get = shadow
print(call_get(s), bound_get(s), call_get(P(4, 5)))
# The class modified: the method replaced, then an attribute made a property.


def replaced(self):
    return ('replaced', self.y)


P.get = replaced
print(run_sites(ps[:2]))


def prop(self):
    return 'prop'


P.x = property(prop)
print(run_sites(ps[:2]))
del P.x
# A deleted attribute and an instance without it.
t = P(1, 1)
del t.x
print(run_sites([t, P(3, 3)]))
# ATTR_JUMP: instance value, class value, missing attribute.
for o in [R(1, 2), R(1, 2), P(1, 1)]:
    o.flag = o.x
    print(jump_on(o))
print(jump_on(R(0, 0)))
try:
    jump_on(Q(1, 2))
except AttributeError as e:
    print('AttributeError', e)
# Built-in receivers, a module, a class object at the same sites.


class Holder:
    x = 'class x'

    def get(self):
        return 'holder'


for o in [Holder(), Holder, math]:
    try:
        print(load_x(o))
    except AttributeError as e:
        print('AttributeError', e)
for o in ['abc', [1, 2], Holder(), {1: 2}, Holder(), 5]:
    try:
        print(call_get(o))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for o in ['abc', [1, 2], (3,), 'de']:
    print(o.__len__(), {}.get(1), {'a': 1}.get('a'))
print(math.sqrt(16.0), math.floor(2.5))


class WithGetattr:
    def __init__(self):
        self.y = 1

    def __getattr__(self, name):
        return 'getattr ' + name


print(load_x(WithGetattr()), load_x(P(9, 9)))


class Slotted:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 'slot'

    def get(self):
        return 'slotted'


print(run_sites([Slotted(), P(1, 2), Slotted()]))

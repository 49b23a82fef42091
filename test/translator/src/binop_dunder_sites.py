# Binary dunders at quickened sites (regvm/eval.ts BINARY_OP_ADAPTIVE / _DUNDER and the
# ATTR_BINARY_OP forms): a site's first run decides whether it runs a Python dunder as a frame of
# the loop; these cases change what the site sees after that decision, and check that results,
# errors, messages and tracebacks stay CPython's.


def tb_lines(e):
    out = []
    t = e.__traceback__
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    return out


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        if o.x == 99:
            return NotImplemented
        if o.x == 13:
            raise ValueError('thirteen')
        return V(self.x - o.x)

    def __repr__(self):
        return 'V(%r)' % (self.x,)


class Box:
    def __init__(self, a, b):
        self.a = a
        self.b = b


# One site: numbers first (the site becomes the plain BINARY_OP), then instances.
def add(p, q):
    return p + q


print([add(1, 2), add(1.5, 2), add('a', 'b'), add(V(1), V(2)), add(V(3), V(4)), add([1], [2])])


# One site: instances first (the dunder form), then numbers, strings, lists, mixed classes.
def sub(p, q):
    return p - q


out = []
for p, q in [(V(5), V(1)), (V(5), V(2)), (3, 1), (2.5, 1), (V(7), V(3)), ({1, 2}, {2}), (V(1), V(2))]:
    out.append(sub(p, q))
print(out)
for p, q in [(V(1), 3), (3, V(1)), (V(1), None)]:
    try:
        print(sub(p, q))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


# Attribute operands (ATTR_BINARY_OP: `self.a - self.b` with instances in the attributes).
def attr_sub(bx):
    return bx.a - bx.b


def attr_add(bx, by):
    return bx.a + by.b


for i in range(4):
    print(attr_sub(Box(V(10), V(i))), attr_add(Box(V(i), 0), Box(0, V(1))))
print(attr_sub(Box(10, 4)), attr_sub(Box(2.5, 0.5)), attr_add(Box('x', 0), Box(0, 'y')))


# NotImplemented, a raise and a missing attribute at an attribute site: messages and tracebacks.
for bx in [Box(V(1), V(2)), Box(V(1), V(99)), Box(V(1), V(13)), Box(V(1), 5)]:
    try:
        print(attr_sub(bx))
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e, tb_lines(e))
try:
    attr_sub(Box.__new__(Box))
except AttributeError as e:
    print('AttributeError', e, tb_lines(e))


# The dunder changes the operand's class before returning NotImplemented: the TypeError names
# the classes the operands have then (as CPython's binop_type_error).
class Other:
    pass


class Shifty:
    def __mul__(self, o):
        self.__class__ = Other
        return NotImplemented


for i in range(3):
    try:
        Shifty() * Shifty()
    except TypeError as e:
        print('TypeError', e)


# In-place operators at a site that saw a dunder: __iadd__, or __add__ without it.
class I:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return I(self.v + o.v)

    def __repr__(self):
        return 'I(%r)' % (self.v,)


acc = I(0)
for i in range(5):
    acc += I(i)
    acc = acc + I(1)
print(acc)


# The class's dunder is replaced, and a base class's dunder is deleted, after the site cached it.
class Base:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return 'base div'


class Derived(Base):
    pass


def div(p, q):
    return p / q


res = []
for i in range(9):
    if i == 3:
        Derived.__truediv__ = lambda s, o: 'derived div'
    if i == 5:
        del Derived.__truediv__
    if i == 7:
        del Base.__truediv__
    try:
        res.append(div(Derived(1), Derived(2)))
    except TypeError as e:
        res.append('TypeError: %s' % e)
print(res)


# A generator using the operator, and the operator in a dunder of a dunder (nested frames).
class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + o.v)

    def __mul__(self, o):
        return (self + o) + (self + o)


def gen(n):
    t = N(0)
    for i in range(n):
        t = t + N(i)
        yield t.v


print(list(gen(6)), (N(2) * N(3)).v)


# Recursion through a dunder at an attribute site, then normal operation.
class Deep:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __sub__(self, o):
        if self.n == 0:
            return 0
        return Deep(self.n - 1).me - o.me


print(Deep(20).me - Deep(0).me)
try:
    Deep(100000).me - Deep(0).me
except RecursionError:
    print('RecursionError')
print(Deep(30).me - Deep(0).me)

# Binary operators on instances of Python classes: BINARY_OP runs the left operand's dunder as a
# frame of the register loop once its site has cached the class (translator/regcode.ts
# BinopCache). Each case runs in a loop so the site fills, then changes what the cache assumed.
import sys


def tb_lines(e):
    # (function, line) of each traceback entry.
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
        return V(self.x - o.x)

    def __mul__(self, o):
        if o.x == 0:
            raise ValueError('zero')
        return self.x * o.x

    def __rsub__(self, o):
        return 'rsub'

    def __truediv__(self, o):
        return 1 / o.x

    def __repr__(self):
        return 'V(%r)' % (self.x,)


def run(op, a, b):
    return op(a, b)


def loop_add(n):
    acc = V(0)
    for i in range(n):
        acc = acc + V(i)
    return acc


print(loop_add(10))

# NotImplemented from the left operand's dunder with two operands of one class: the TypeError.
vs = [V(1), V(2), V(3), V(99)]
for b in vs:
    try:
        print(V(10) - b)
    except TypeError as e:
        print('TypeError', e)

# An exception raised in the dunder, and its traceback through the operator's line.
for i in range(6):
    try:
        r = V(3) * V(i % 3)
        print(r)
    except ValueError as e:
        print('ValueError', e, tb_lines(e))

# ZeroDivisionError from inside the dunder (raised by the runtime).
for i in range(4):
    try:
        print(V(1) / V(i % 2))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)


# The dunder replaced on the class after the site has cached it, then deleted.
def sub_loop():
    out = []
    for i in range(8):
        if i == 4:
            V.__sub__ = lambda s, o: 'replaced'
        if i == 6:
            del V.__sub__
        try:
            out.append(V(5) - V(i))
        except TypeError as e:
            out.append('TypeError: %s' % e)
    return out


for r in sub_loop():
    print(r)


# A subclass operand: different types, the reflected dunder has priority (not the cached path).
class W(V):
    def __sub__(self, o):
        return 'W.sub'

    def __rsub__(self, o):
        return 'W.rsub'


def mixed():
    out = []
    for a, b in [(V(1), V(2)), (V(1), V(2)), (V(1), W(2)), (W(1), V(2)), (W(1), W(2)), (V(1), V(2))]:
        try:
            out.append(repr(a - b))
        except TypeError as e:
            out.append('TypeError: %s' % e)
    return out


print(mixed())


# In-place operators: __iadd__ first, then __add__.
class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return A(self.v + o.v)

    def __iadd__(self, o):
        self.v += o.v * 10
        return self


a = A(1)
for i in range(5):
    a += A(1)
    b = a + A(1)
print(a.v, b.v)


# A dunder with a default argument, *args, or a generator: not run as a frame, same results.
class D:
    def __add__(self, o, extra=5):
        return extra

    def __sub__(self, *args):
        return len(args)

    def __mul__(self, o):
        yield 1
        yield 2

    def __pow__(self, o):
        return 'pow'

    def __matmul__(self, o):
        return 'matmul'


for i in range(5):
    d = D()
    print(d + D(), d - D(), list(d * D()), d ** D(), d @ D())


# Deep recursion through a dunder: RecursionError, then normal operation again.
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return R(self.n - 1) + o


for i in range(3):
    print(R(50) + R(0))
try:
    R(100000) + R(0)
except RecursionError:
    print('RecursionError')
print(R(10) + R(0))


# Ordering: the dunder runs after both operands are evaluated; its side effects are seen.
log = []


class L:
    def __init__(self, name):
        self.name = name

    def __add__(self, o):
        log.append('add %s %s' % (self.name, o.name))
        return L(self.name + o.name)


def mk(name):
    log.append('mk ' + name)
    return L(name)


for i in range(3):
    r = mk('a') + mk('b') + mk('c')
print(r.name, log)


# A dunder that is not a function (a callable instance, a staticmethod, a builtin).
class Call:
    def __call__(self, a, b):
        return 'called'


class S:
    __add__ = Call()
    __sub__ = staticmethod(lambda a, b: 'static')
    __mul__ = len


for i in range(5):
    try:
        print(S() + S(), S() - S())
        print(S() * S())
    except TypeError as e:
        print('TypeError', e)


# An exception escaping the operator to the top level.
def uncaught():
    for i in range(3):
        V(1) * V(i - 2)


try:
    uncaught()
except ValueError as e:
    print('uncaught', tb_lines(e))
print('done')

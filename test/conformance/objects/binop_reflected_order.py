# The order of a Python class's binary dunders (CPython's SLOT1BINFULL): the reflected method of
# the right operand first only when its class is a subclass of the left's that overrides it
# (method_is_overloaded), then the left's, then the right's reflected one, each at most once.


class A:
    def __add__(self, o):
        print('  A.add', type(self).__name__, type(o).__name__)
        return NotImplemented

    def __radd__(self, o):
        print('  A.radd', type(self).__name__, type(o).__name__)
        return NotImplemented


class B(A):
    pass


class C(A):
    def __radd__(self, o):
        print('  C.radd', type(self).__name__, type(o).__name__)
        return NotImplemented


class D(A):
    def __radd__(self, o):
        print('  D.radd')
        return 'D'


class E:
    def __add__(self, o):
        print('  E.add')
        return NotImplemented


class OnlyR:
    def __radd__(self, o):
        print('  OnlyR.radd', type(o).__name__)
        return 'r'


class V:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k)
        return NotImplemented

    def __rmul__(self, k):
        print('  V.rmul', type(k).__name__)
        return V(k * self.x * 10)

    def __sub__(self, o):
        return V(self.x - o.x)


class W(V):
    def __rsub__(self, o):
        print('  W.rsub')
        return V(1000)


def attempt(label, f):
    print(label)
    try:
        r = f()
        print('  ->', r.x if isinstance(r, V) else r)
    except TypeError as e:
        print('  TypeError', e)


attempt('A + B', lambda: A() + B())
attempt('B + A', lambda: B() + A())
attempt('A + C', lambda: A() + C())
attempt('A + D', lambda: A() + D())
attempt('A + A', lambda: A() + A())
attempt('A + E', lambda: A() + E())
attempt('E + A', lambda: E() + A())
attempt('E + OnlyR', lambda: E() + OnlyR())
attempt('1 + OnlyR', lambda: 1 + OnlyR())
attempt('A + 1', lambda: A() + 1)
attempt('1 + A', lambda: 1 + A())
attempt('V * 2.5', lambda: V(2) * 2.5)
attempt('3 * V', lambda: 3 * V(2))
attempt('V * V', lambda: V(2) * V(3))
attempt('V - W', lambda: V(5) - W(1))
attempt('W - V', lambda: W(5) - V(1))
attempt('V - V', lambda: V(5) - V(1))
# A dunder set on the class later, and one that is not a function.
A.__sub__ = lambda self, o: 'lambda-sub'
attempt('A - B', lambda: A() - B())
B.__rsub__ = staticmethod(lambda o: 'static-rsub')
attempt('A - B again', lambda: A() - B())
B.__rsub__ = classmethod(lambda cls, o: 'class-rsub ' + cls.__name__)
attempt('A - B classmethod', lambda: A() - B())
del A.__sub__
attempt('A - B no sub', lambda: A() - B())
t = 0.0
v = V(1.0)
for i in range(3000):
    t += (v * 2.0).x + (v - V(0.5)).x
print(t)

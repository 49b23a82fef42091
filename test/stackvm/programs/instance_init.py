# Instance creation: CALL on a class with a Python __init__ runs __init__ as a frame of the
# eval loop (runtime/class.ts inlinableInit); everything here must behave as type.__call__.
class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class B(A):
    def __init__(self, x):
        super().__init__(x, 5)


class C(B):
    pass


class Bad:
    def __init__(self):
        return 3


class Gen:
    def __init__(self):
        yield 1


class Slotted:
    __slots__ = ('a',)

    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args):
        print('meta call', args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, q):
        self.q = q


class Other:
    pass


class NewOther:
    def __new__(cls):
        return Other()

    def __init__(self):
        print('not called')


a = A(1)
print(a.x, a.y, B(3).y, C(4).x, A(y=4, x=0).y, Slotted(7).a, WithNew(8).v, M(9).q)
print(type(NewOther()).__name__)
objs = [A(i) for i in range(5)]
print(sum(o.x for o in objs))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)


p = Point(0, 0)
for i in range(100):
    p = p + Point(i, 1)
print(p.x, p.y)

for cls, args in ((Bad, ()), (Gen, ()), (A, ()), (A, (1, 2, 3))):
    try:
        cls(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Fails:
    def __init__(self, d):
        self.r = 1 / d


def make(d):
    return Fails(d)


try:
    make(0)
except ZeroDivisionError as e:
    print('caught', e, e.__traceback__.tb_next.tb_next is not None)

# A class attribute replaced after instances were made: the new __init__ is used.
def new_init(self, x, y=0):
    self.x = -x

A.__init__ = new_init
print(A(5).x, B(6).x)


def f():
    return Bad()


f()

# A namedtuple's __new__ is a Python function, as collections.namedtuple's (session 20 C):
# __defaults__, __doc__, __qualname__, __globals__ without builtins, a function's errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y', defaults=[0])
print(Point(1), Point(1, 2), Point(y=3, x=4), Point._make([5, 6]))
new = Point.__new__
print(new.__name__, new.__qualname__, new.__doc__, new.__defaults__, new.__kwdefaults__)
print(new.__code__.co_varnames, new.__globals__['__builtins__'], new.__globals__['__name__'])
print(Point.__doc__, Point.__new__(Point, 7), type(Point.__new__(Point, 7)).__name__)

for call in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=2)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

Empty = namedtuple('Empty', '')
One = namedtuple('One', ['a'])
print(Empty(), One(1), One.__new__.__defaults__, Empty.__new__.__doc__)


class Sub(Point):
    def __new__(cls, x, y=10):
        return super().__new__(cls, x * 2, y)


print(Sub(1), Sub(1)._replace(y=0), type(Sub(1)._replace(y=0)).__name__)

Point.__new__.__defaults__ = (5,)
print(Point(1))

# collections.namedtuple: fields, repr, indexing, _replace, _asdict, defaults.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, p._replace(x=10), p._asdict(), tuple(p), p == (3, 4))
x, y = p
print(x + y, len(p), Point._make([5, 6]), isinstance(p, tuple))
Person = namedtuple('Person', 'name age city', defaults=['Paris'])
print(Person('Ann', 30), Person('Bo', 5, 'Rome'))
class P3(namedtuple('P3', 'a b c')):
    def total(self):
        return self.a + self.b + self.c
print(P3(1, 2, 3).total(), P3(1, 2, 3))
try:
    p.x = 5
except AttributeError as e:
    print(e)

# namedtuple classes have CPython's docstring (Point(x, y); one field: Q(a,)).
from collections import namedtuple
P = namedtuple('Point', 'x y')
print(P.__doc__, P.__module__, P._fields, P.x.__doc__)
Q = namedtuple('Q', ['a'], module='mymod')
print(Q.__module__, Q.__doc__)
R = namedtuple('R', '')
print(R.__doc__, repr(R()))
class Sub(P):
    'own doc'
print(Sub.__doc__)

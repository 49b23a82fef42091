import types
class C:
    """doc"""
    def m(self, x=1):
        return (self, x)
c = C()
bm = types.MethodType(C.m, c)
print(bm(5)[1], bm.__self__ is c, bm.__func__ is C.m, bm == c.m)
print(types.MethodType(len, [1, 2])())
for args in ((), (1, 2), (len, None), (len,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    types.MethodType(len, 1, x=2)
except TypeError as e:
    print('TypeError', e)
C.__doc__ = 'new doc'
print(C.__doc__, C.__dict__['__doc__'])
for t in (int, C):
    try:
        del t.__doc__
    except TypeError as e:
        print('TypeError', e)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError', e)
from collections import namedtuple
P = namedtuple('P', 'x y')
P.__doc__ = 'A point'
P.x.__doc__ = 'the x'
print(P.__doc__, P.x.__doc__, P.y.__doc__)

# copy.copy / copy.deepcopy of namedtuples and other subclasses of built-in types (rebuilt by
# cls.__new__(cls, *obj.__getnewargs__()), then their attributes), __slots__ with private names,
# a class with its own __new__ and __getnewargs__.
import copy
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
a = copy.copy(Pt(1, [2])); b = copy.deepcopy(Pt(1, [2]))
print(a, b, type(a).__name__, type(b).__name__)
p = Pt(1, [2]); d = copy.deepcopy(p); print(d.y is p.y, copy.copy(p).y is p.y)
class T(tuple): pass
t = T((1, 2)); t.tag = 'q'
c = copy.copy(t); print(type(c).__name__, c, c.tag)
class I(int): pass
i = I(5); i.note = 'n'
c = copy.deepcopy(i); print(type(c).__name__, c, c.note)
class S(str): pass
print(repr(copy.copy(S('abc'))), type(copy.copy(S('abc'))).__name__)
class P:
    __slots__ = ('__a', 'b')
    def __init__(self): self.__a = 1; self.b = [2]
    def a(self): return self.__a
q = copy.deepcopy(P()); print(q.a(), q.b)
class N:
    def __new__(cls, v):
        o = object.__new__(cls); o.v = v; return o
    def __getnewargs__(self): return (self.v,)
print(copy.copy(N(3)).v, copy.deepcopy(N([4])).v)
class L(list): pass
l = L([1, [2]]); l.z = 1
c = copy.deepcopy(l); print(type(c).__name__, c, c.z, c[1] is l[1])
class F(float): pass
print(copy.copy(F(2.5)), type(copy.copy(F(2.5))).__name__)
print((1, 2).__getnewargs__(), Pt(3, 4).__getnewargs__(), T((5,)).__getnewargs__())

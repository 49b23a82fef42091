# copy.copy / copy.deepcopy of instances with __slots__ (and private, mangled slot names) keep the slot values.
import copy
class A:
    __slots__ = ('x', 'y', '__p')
    def setp(self, v): self.__p = v
    def getp(self): return self.__p
class B(A):
    __slots__ = ('z', '__dict__')
b = B(); b.x = 1; b.z = [3]; b.w = 4; b.setp('priv')
c = copy.copy(b); d = copy.deepcopy(b)
print(c.x, c.z, c.w, hasattr(c, 'y'), d.z is b.z, c.z is b.z, d.x, d.z, c.getp(), d.getp())
class S:
    __slots__ = 'only'
s = S(); s.only = {'k': [1]}
t = copy.deepcopy(s); print(t.only, t.only is s.only, copy.copy(s).only is s.only)
class Empty:
    __slots__ = ()
print(type(copy.copy(Empty())).__name__)

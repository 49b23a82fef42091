import functools
class C:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n * 10
    def add(self, a, b): return (self, a, b)
    add5 = functools.partialmethod(add, 5)
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)
del c.val
print(c.val, c.n)
print(type(C.__dict__['val']).__name__, C.val.attrname)
print(c.add5(7)[1:])
class S:
    __slots__ = ()
    @functools.cached_property
    def x(self): return 1
try:
    S().x
except TypeError as e:
    print(e)
print(repr(functools.partialmethod(print, 1, sep='x'))[:40])

# Properties are inherited and can be overridden or extended in subclasses.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Doubling(Base):
    @Base.v.setter
    def v(self, x):
        self._v = x * 2
class ReadOnly(Base):
    @property
    def v(self):
        return 'ro:' + str(self._v)
d = Doubling()
d.v = 5
print(d.v)
r = ReadOnly()
print(r.v)
try:
    r.v = 3
except AttributeError as e:
    print(e)

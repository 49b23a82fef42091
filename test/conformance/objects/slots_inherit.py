# Slots in subclasses; a subclass without __slots__ gets a __dict__.
class Base:
    __slots__ = ('a',)
class WithSlots(Base):
    __slots__ = ('b',)
class WithDict(Base):
    pass
w = WithSlots()
w.a, w.b = 1, 2
print(w.a, w.b, hasattr(w, '__dict__'))
d = WithDict()
d.a = 1
d.other = 5
print(d.a, d.__dict__)

# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), repr(c), c.__len__(), str(c))
C.__len__ = lambda self: 5
print(len(c))
class D:
    pass
d = D()
d.__add__ = lambda o: 'never'
try:
    d + 1
except TypeError as e:
    print(e)
D.__add__ = lambda self, o: f'D + {o}'
print(d + 1)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)

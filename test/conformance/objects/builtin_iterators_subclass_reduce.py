# enumerate, zip, map, filter and reversed: subclass instances, __reduce__/__setstate__ (what
# pickle needs) and reversed's __length_hint__, as CPython's (test_enumerate).
import operator
class MyEnum(enumerate):
    pass
e = MyEnum('abc', 1)
print(type(e).__name__, list(e))
class MyRev(reversed):
    pass
print(type(MyRev([1, 2])).__name__)
for s in ('hello', tuple('hello'), list('hello'), range(5)):
    r = reversed(s)
    print(type(r).__name__, operator.length_hint(r), end=' ')
    next(r)
    print(operator.length_hint(r), end=' ')
    list(r)
    print(operator.length_hint(r))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
r = reversed(Seq())
print(operator.length_hint(r), next(r), operator.length_hint(r), list(r), operator.length_hint(r))
try:
    enumerate('abc', start='x')
except TypeError as e:
    print(e)
print(list(enumerate(iterable='ab', start=5)))
print(repr(reversed([1])).split(' ')[0], repr(reversed(Seq())).split(' ')[0])
class Z(zip): pass
class M(map): pass
class F(filter): pass
print(type(Z([1], [2])).__name__, list(Z([1], [2])), type(M(abs, [-1])).__name__, list(M(abs, [-1])), type(F(None, [0, 1])).__name__, list(F(None, [0, 1])))
z = Z([1, 2])
z.attr = 5
print(z.attr, z.__dict__)
e = enumerate([7, 8], 3)
print(e.__reduce__()[0] is enumerate, e.__reduce__()[1][1])
next(e)
print(e.__reduce__()[1][1])
print(zip([1], strict=True).__reduce__()[2], len(zip([1], [2]).__reduce__()))
m = map(abs, [1], [2])
print(m.__reduce__()[0] is map, len(m.__reduce__()[1]))
r = reversed('abc')
print(r.__reduce__()[1:], next(r), r.__reduce__()[1:])
r.__setstate__(10)
print(list(r))
r = reversed('abc'); r.__setstate__(-5); print(list(r), r.__reduce__())

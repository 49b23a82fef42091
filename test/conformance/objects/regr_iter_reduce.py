# Built-in iterators' __reduce__ and __setstate__ (what copy and pickle use), reversed() of a
# dict and its views as dict_reverse*iterator, set/frozenset __reduce__ with their state
# (found by CPython's test_list, test_tuple, test_dict and test_set).
import copy

def rebuild(it):
    r = it.__reduce__()
    f, args = r[0], r[1]
    new = f(*args)
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])

lst = [4, 5, 6, 7]
it = iter(lst)
show(it)
next(it)
show(it)
print(list(rebuild(it)), list(it))
show(it)
tup = (1, 2, 3)
it = iter(tup)
next(it)
show(it)
print(list(rebuild(it)))
next(it); next(it)
show(it)
try:
    next(it)
except StopIteration:
    print('stop')
show(it)
it = iter(tup)
it.__setstate__(-5)
print(list(it))
it = iter(tup)
it.__setstate__(10)
print(list(it), it.__setstate__(1), list(it))
it = iter([1, 2, 3])
print(it.__setstate__(2), list(it))
for bad in ('a', 1.5, None):
    try:
        iter([]).__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    iter([]).__setstate__(2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
it = iter([1, 2])
it.__setstate__(True)
print(list(it))

r = reversed([1, 2, 3, 4])
show(r)
next(r)
show(r)
print(list(rebuild(r)))
r.__setstate__(10)
print(list(r))
show(r)
r = reversed([1, 2, 3])
r.__setstate__(-7)
print(list(r))
r = reversed([1, 2, 3])
r.__setstate__(0)
print(list(r))

d = {1: 'a', 2: 'b', 3: 'c'}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items())):
    next(it)
    show(it)
    print(list(rebuild(it)), list(it), it.__reduce__())
for rv in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(rv).__name__, rv.__length_hint__())
    next(rv)
    show(rv)
    print(list(rebuild(rv)), list(rv), rv.__reduce__(), rv.__length_hint__())
rv = reversed(d)
next(rv)
d[4] = 'd'
for f in (rv.__reduce__, rv.__next__, rv.__next__):
    try:
        print(f())
    except RuntimeError as e:
        print('RuntimeError', e)
print(rv.__length_hint__())
it = iter(d)
next(it)
del d[4]
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
d = {'k%d' % i: i for i in range(5)}
rv = reversed(d.items())
d['k2'] = 'two'
print(list(rv))
print(list(reversed({})), list(reversed({}.items())))
e = {}
e.update(d)
rv = reversed(e)
print(next(rv), type(rv) is type(reversed({})), list(rv))

s = {1, 2, 3}
it = iter(s)
next(it)
show(it)
print(sorted(rebuild(it)))
s.add(9)
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
print(iter(frozenset()).__reduce__()[1])

print(set([3]).__reduce__(), frozenset([3]).__reduce__())
class S(set):
    pass
class F(frozenset):
    pass
class WithSlots(set):
    __slots__ = ('a', 'b')
s = S([1])
s.x = 5
print(s.__reduce__(), F([2]).__reduce__(), s.__reduce_ex__(2))
w = WithSlots([1])
w.a = 3
print(w.__reduce__())
c = copy.copy(iter([1, 2, 3]))
print(type(c).__name__, list(c))

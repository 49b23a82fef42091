# pickle and copyreg (CPython's) over pyvm's object.__reduce_ex__ / __reduce__ / __getstate__:
# instances of Python classes at every protocol, __slots__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__, list and dict subclasses, namedtuples, exceptions, a class's
# own __reduce__, and the errors for what cannot be pickled.
import copyreg
import pickle
from collections import namedtuple


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


class Slotted:
    __slots__ = ('a', 'b', '__private')

    def __init__(self, a):
        self.a = a
        self.__private = a * 2

    def show(self):
        return (self.a, getattr(self, 'b', 'unset'), self.__private)


class WithState:
    def __init__(self):
        self.keep = 1
        self.cache = 'big'

    def __getstate__(self):
        d = dict(self.__dict__)
        del d['cache']
        return d

    def __setstate__(self, d):
        self.__dict__.update(d)
        self.cache = 'rebuilt'


class NewArgs:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o

    def __getnewargs__(self):
        return (self.v,)


class NewArgsEx:
    def __new__(cls, *, key):
        o = object.__new__(cls)
        o.key = key
        return o

    def __getnewargs_ex__(self):
        return ((), {'key': self.key})


class Tagged(list):
    pass


class Registry(dict):
    pass


class OwnReduce:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (OwnReduce, (self.n + 1,))


Pair = namedtuple('Pair', 'left right')


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f'failed: {code}')
        self.code = code


def roundtrip(v, proto):
    return pickle.loads(pickle.dumps(v, proto))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = roundtrip(Point(1, [2, 3]), proto)
    print(proto, p, p == Point(1, [2, 3]))
    w = roundtrip(WithState(), proto)
    print(proto, w.keep, w.cache)
    o = roundtrip(OwnReduce(4), proto)
    print(proto, o.n)
    print(proto, roundtrip(Pair(1, 'r'), proto))
    e = roundtrip(AppError(7), proto)
    print(proto, repr(e), e.code, e.args)
    print(proto, repr(roundtrip(ValueError('bad', 2), proto)), repr(roundtrip(KeyError('k'), proto)))
    print(proto, roundtrip([Point(0, 0), {'p': Point(5, 6)}], proto))
    if proto >= 2:
        s = roundtrip(Slotted(3), proto)
        print(proto, s.show())
        n = roundtrip(NewArgs(9), proto)
        print(proto, n.v)
        t = Tagged([1, 2])
        t.label = 'x'
        t2 = roundtrip(t, proto)
        print(proto, type(t2).__name__, t2, t2.label)
        r = Registry(a=1)
        r2 = roundtrip(r, proto)
        print(proto, type(r2).__name__, r2)
    if proto >= 4:
        print(proto, roundtrip(NewArgsEx(key='k'), proto).key)

# The reduce values themselves.
r = Point(1, 2).__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1], r[2:])
r = Point(1, 2).__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1], r[2:])
print(Point(1, 2).__reduce__()[1])
print(Slotted(1).__getstate__(), Point(3, 4).__getstate__(), object().__getstate__())
print(NewArgs(5).__reduce_ex__(2)[1][1:], NewArgsEx(key=2).__reduce_ex__(4)[0] is copyreg.__newobj_ex__)
print(OwnReduce(1).__reduce_ex__(2))
print(object.__reduce_ex__, object.__reduce__, object.__getstate__)

# What cannot be pickled.
for bad in (lambda: pickle.dumps(Slotted(1), 0), lambda: Point(1, 2).__reduce_ex__('x')):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


try:
    BadNewArgs().__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)

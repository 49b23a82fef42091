# __slots__ names are mangled like the class body's private names; type.__flags__ carries the
# bits Python code tests (heap type, base type, abstract, the fast-subclass bits);
# object.__getstate__ and a class's own __reduce__ through object.__reduce_ex__.
import abc


class Slotted:
    __slots__ = ('a', '__hidden', '__dunder__')

    def __init__(self):
        self.a = 1
        self.__hidden = 2

    def hidden(self):
        return self.__hidden


s = Slotted()
print(s.hidden(), s._Slotted__hidden, sorted(k for k in Slotted.__dict__ if not k.startswith('__') or k == '__dunder__'))
try:
    s.__hidden
except AttributeError as e:
    print('AttributeError:', e)


class _Under:
    __slots__ = ('__x',)


print('_Under__x' in _Under.__dict__)


class ___:
    __slots__ = ('__y',)


print('__y' in ___.__dict__)

HEAPTYPE, BASETYPE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
LONG, LIST, TUPLE, BYTES, UNICODE, DICT, BASE_EXC, TYPE = (1 << n for n in range(24, 32))


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class MyList(list):
    pass


for t in (int, bool, list, MyList, tuple, bytes, str, dict, ValueError, type, abc.ABCMeta, object, A, Slotted):
    f = t.__flags__
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & ABSTRACT),
          [n for n, bit in (('long', LONG), ('list', LIST), ('tuple', TUPLE), ('bytes', BYTES), ('str', UNICODE),
                            ('dict', DICT), ('exc', BASE_EXC), ('type', TYPE)) if f & bit])


class Plain:
    def __init__(self):
        self.x = 1


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


print(Plain().__getstate__(), object().__getstate__(), s.__getstate__(), Slotted.__slotnames__)
print(OwnReduce().__reduce_ex__(2), OwnReduce().__reduce_ex__(0))
print(type(object.__reduce_ex__).__name__, type(object.__getstate__).__name__)

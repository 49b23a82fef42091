# Which classes `match` takes as sequences and mappings (CPython's Py_TPFLAGS_SEQUENCE / MAPPING): built-in types, classes
# inheriting the first flag along their MRO, ABCs' __abc_tpflags__, and ABC.register().
import collections, collections.abc, array, types
from collections import UserDict, UserList, UserString, OrderedDict, defaultdict, deque

def kind(x):
    match x:
        case {}:
            return 'mapping'
        case [*_]:
            return 'sequence'
        case _:
            return 'other'

class Seq(collections.abc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Map(collections.abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0
class Both(UserDict, collections.abc.Sequence): pass
class Both2(UserList, collections.abc.Mapping): pass
class Reg: pass
collections.abc.Sequence.register(Reg)
class RegSub(Reg): pass
class RegM: pass
collections.abc.MutableMapping.register(RegM)
class Plain: pass
for x in [[1], (1,), range(2), memoryview(b'ab'), deque([1]), array.array('i', [1]), {}, OrderedDict(), defaultdict(int),
          types.MappingProxyType({}), UserDict(), UserList([1]), UserString('ab'), Seq(), Map(), Both(), Both2(), Reg(), RegSub(), RegM(),
          'ab', b'ab', bytearray(b'a'), Plain(), 1, None, {1}, frozenset()]:
    print(type(x).__name__, kind(x))
print('__abc_tpflags__' in vars(collections.abc.Sequence), '__abc_tpflags__' in vars(collections.abc.Mapping))
import abc
try:
    class X(metaclass=abc.ABCMeta):
        __abc_tpflags__ = 96
except TypeError as e:
    print(e)
class Y(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 6
print(kind(Y()), '__abc_tpflags__' in Y.__dict__)
class Z(metaclass=abc.ABCMeta):
    __abc_tpflags__ = True
print(kind(Z()), '__abc_tpflags__' in Z.__dict__)
match Seq():
    case [a, b]:
        print('seq items', a, b)
match deque([3, 4]):
    case [a, b]:
        print('deque items', a, b)

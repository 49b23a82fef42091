# collections.abc: structural checks, the built-ins' registrations and the mixin methods.
import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Generator, Reversible, KeysView, ItemsView, ValuesView, Awaitable,
                             Coroutine, AsyncIterable, AsyncIterator, ByteString)
import collections

values = [[], (), 'abc', b'x', bytearray(), {}, set(), frozenset(), range(3), 3, 2.5, None,
          len, iter([]), (x for x in ()), {}.keys(), {}.items(), {}.values(), collections.deque(),
          collections.OrderedDict(), lambda: 0]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible,
        KeysView, ItemsView, ValuesView, ByteString]
for v in values:
    print(type(v).__name__, ''.join('1' if isinstance(v, a) else '.' for a in abcs))

class Bag(Sized, Iterable):
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
print(isinstance(Bag(), Collection), len(Bag(1, 2)))

class Unhashable:
    __hash__ = None
print(isinstance(Unhashable(), Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
c = Countdown(5)
print(list(c), 3 in c, 9 in c, list(reversed(c)), c.index(2), c.count(4))
try:
    c.index(42)
except ValueError:
    print('ValueError')
print(isinstance(c, Reversible), isinstance(c, MutableSequence))

class Vec(MutableSequence):
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def insert(self, i, v):
        self.data.insert(i, v)
v = Vec()
v.append(1); v.extend([2, 3, 4]); v += [5]
print(v.data, v.pop(), v.pop(0), v.data)
v.remove(3); v.reverse()
print(v.data)
v.clear()
print(v.data)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r['a'] = 1
r.update({'b': 2}, c=3)
r.update([('d', 4)])
print(dict(r), r.get('z', 0), 'a' in r, r.setdefault('e', 5), r.pop('a'), r.pop('zz', None))
print(sorted(r.keys()), sorted(r.items()), sorted(r.values()), len(r.keys()))
print(r == {'b': 2, 'c': 3, 'd': 4, 'e': 5}, r.keys() == {'b', 'c', 'd', 'e'}, ('b', 2) in r.items(), 5 in r.values())
print(r.keys() & {'b', 'x'}, sorted(r.keys() | {'x'}), sorted(r.keys() - {'b'}))
print(r.popitem(), len(r))
r.clear()
print(len(r))
try:
    r.popitem()
except KeyError:
    print('KeyError')
try:
    r.pop('missing')
except KeyError as e:
    print('KeyError', e)

class Bits(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
    def __repr__(self):
        return f'Bits({sorted(self.s)})'
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= {1}
print(a, a.pop(), a)
a.remove(3)
try:
    a.remove(3)
except KeyError as e:
    print('KeyError', e)
print(isinstance(a, Set), isinstance(frozenset(), MutableSet))

try:
    Sequence()
except TypeError as e:
    print(e)
try:
    MutableMapping()
except TypeError as e:
    print(e)
print(Sequence[int], Iterable[str], Mapping[str, int], Sequence[int].__origin__ is Sequence)
print(issubclass(collections.OrderedDict, MutableMapping), issubclass(collections.Counter, Mapping))
print(collections.abc.Mapping is Mapping, sorted(collections.abc.__all__)[:4])
from collections import abc as cabc
print(cabc.Sized is Sized)

// The collections.abc module, as Python source run by pyvm itself (see python_source.ts):
// the abstract base classes of the container protocols (Iterable, Sized, Container, Hashable,
// Callable and the other one-method ABCs, recognised structurally by their
// __subclasshook__), and the ABCs with mixin methods (Sequence, MutableSequence, Set,
// MutableSet, Mapping, MutableMapping and the mapping views), with the built-in containers
// registered as their virtual subclasses, as in CPython.

import { definePythonModule } from './python_source';
import { registerModule } from '../interp';
import { importAbsolute } from '../vmhelpers';
import { PyModule } from '../function';
import './abc_source';

export const COLLECTIONS_ABC_SOURCE = `
"""Abstract Base Classes (ABCs) for collections, according to PEP 3119."""

from abc import ABCMeta, abstractmethod
import sys as _sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

_GenericAlias = type(list[int])
GenericAlias = _GenericAlias

# The private names of the built-in iterator and view types CPython's _collections_abc has.
bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())


def _defines(C, *methods):
    """True when every method is found along C's MRO and is not None there."""
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_check_methods = _defines  # the name CPython's _collections_abc gives it (os, contextlib use it)


def _hook(cls, C, owner, *methods):
    return _defines(C, *methods) if cls is owner else NotImplemented


def _raise_thrown(typ, val, tb):
    # throw(typ[, val[, tb]]) of the generator-like ABCs: raises what a generator would.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throw(it, kind):
    try:
        it.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(kind + " ignored GeneratorExit")


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Hashable, "__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Awaitable, "__await__")

    __class_getitem__ = classmethod(_GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, "coroutine")

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Coroutine, '__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncIterable, "__aiter__")

    __class_getitem__ = classmethod(_GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncIterator, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, AsyncGenerator, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterable, "__iter__")

    __class_getitem__ = classmethod(_GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterator, '__iter__', '__next__')


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throw(self, "generator")

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Generator, '__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Sized, "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Container, "__contains__")

    __class_getitem__ = classmethod(_GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Collection, "__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Callable, "__call__")


def _is_param_expr(obj):
    """What may stand for a whole argument list: ..., a list of types, a ParamSpec, a Concatenate."""
    if obj is ... or isinstance(obj, (tuple, list)):
        return True
    t = type(obj)
    if t.__module__ == 'typing' and t.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'):
        return True
    # typing.Concatenate[...] (one of pyvm's typing aliases)
    typing = _sys.modules.get('typing')
    return typing is not None and getattr(obj, '__origin__', None) is getattr(typing, 'Concatenate', ())


def _type_repr(obj):
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if isinstance(obj, type(_is_param_expr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], float]: its __args__ hold the argument types then the result,
    (int, str, float); an argument list of ..., a ParamSpec or Concatenate stays one argument."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            "Got %s" % (params,))
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return 'collections.abc.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                                       _type_repr(args[-1]))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        # PEP 612: with one ParamSpec parameter, X[int, str] is X[[int, str]]
        params = self.__parameters__
        if len(params) == 1 and _is_param_expr(params[0]) and item and not _is_param_expr(item[0]):
            item = (item,)
        new = super().__getitem__(item).__args__
        # the substituted arguments become an argument list and a result again
        if not isinstance(new[0], (tuple, list)):
            new = (new[:-1], new[-1])
        return _CallableGenericAlias(Callable, tuple(new))


Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


class Set(Collection):
    """A finite, iterable container; the comparisons and set operators are mixins
    written with __contains__, __iter__ and __len__ (results built by _from_iterable)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # The hash a hashable Set subclass can use: by its elements alone, as frozenset's.
        return hash(frozenset(self))


class MutableSet(Set):
    """A Set with add() and discard(); the rest of the mutating methods are mixins."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give get(), keys(),
    items(), values(), __contains__ and __eq__."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 6  # Py_TPFLAGS_MAPPING: \`match\` takes it as a mapping

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping with __setitem__ and __delitem__; pop(), popitem(), clear(), update()
    and setdefault() are mixins."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give __iter__, __contains__,
    __reversed__, index() and count()."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 5  # Py_TPFLAGS_SEQUENCE: \`match\` takes it as a sequence

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence with __setitem__, __delitem__ and insert(); append(), clear(),
    reverse(), extend(), pop(), remove() and += are mixins."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The built-in types, registered as CPython registers them.
_dict = {}
KeysView.register(type(_dict.keys()))
ValuesView.register(type(_dict.values()))
ItemsView.register(type(_dict.items()))
del _dict
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
import collections as _collections
MutableSequence.register(_collections.deque)
del _collections
MutableSequence.register(bytearray)


def _gen():
    yield


_g = _gen()
Generator.register(type(_g))
_g.close()
del _g, _gen, _t
`;

definePythonModule('collections.abc', COLLECTIONS_ABC_SOURCE);

// CPython's pure-Python modules import the ABCs as _collections_abc (collections.abc is
// `from _collections_abc import *` there): the same module object here, so their isinstance
// checks see pyvm's registrations (os.environ, dict views ...).
registerModule('_collections_abc', (interp) => {
  const m = importAbsolute(interp, 'collections.abc');
  if (!(m instanceof PyModule)) throw new Error('collections.abc is not a module');
  return m;
});

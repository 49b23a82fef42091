// CPython's C module _weakref, as Python source run by pyvm itself (see python_source.ts): ref
// (ReferenceType, subclassable: weakref.py's KeyedRef and WeakMethod), proxy (ProxyType,
// CallableProxyType), getweakrefcount, getweakrefs, _remove_dead_weakref. CPython's weakref.py
// and _weakrefset.py run over it (WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize).
//
// pyvm runs a program inside one JavaScript job, and V8 keeps the target of every JS WeakRef
// alive until the job ends, so no referent could die while the program runs anyway: a
// reference here holds its referent, calling it always returns the object and callbacks never
// run (CPython calls them when the referent is freed). Written from the weakref documentation.

import { definePythonModule } from './python_source';

export const WEAKREF_SOURCE = String.raw`
"""Weak references (CPython's C module _weakref), for pyvm.

pyvm runs a program inside one JavaScript job, and V8 keeps every object a weak reference was
taken to alive until the job ends; so no referent dies while the program runs, and a reference
here simply holds its referent: calling it always returns the object, callbacks never run, and
getweakrefcount / getweakrefs count the references taken.
"""

_refs = {}
_NOT_WEAKREFABLE = (int, float, complex, str, bytes, bytearray, tuple, list, dict, type(None), bool)


# The built-in types whose instances CPython 3.11 can weakly reference (tp_weaklistoffset != 0),
# by module and qualified name: every other built-in type refuses (iterators, range, slice,
# property, classmethod, staticmethod, super, descriptors, zip/map/filter/enumerate, ...).
_WEAKREFABLE = frozenset([
    ('builtins', n) for n in ('type', 'function', 'builtin_function_or_method', 'method', 'code',
                              'module', 'set', 'frozenset', 'memoryview', 'generator',
                              'coroutine', 'async_generator')
] + [
    ('_io', n) for n in ('_IOBase', '_RawIOBase', '_BufferedIOBase', '_TextIOBase', 'FileIO',
                         'BytesIO', 'StringIO', 'BufferedReader', 'BufferedWriter',
                         'BufferedRandom', 'BufferedRWPair', 'TextIOWrapper')
] + [
    ('functools', 'partial'), ('functools', '_lru_cache_wrapper'), ('collections', 'OrderedDict'),
    ('collections', 'deque'), ('itertools', '_tee'), ('types', 'GenericAlias'), ('re', 'Pattern'),
    ('array', 'array'), ('_thread', 'lock'), ('_thread', 'RLock'), ('socket', 'socket'),
    ('_asyncio', 'Future'), ('_asyncio', 'Task'), ('_contextvars', 'Context'),
    ('pickle', 'PickleBuffer'), ('xml.etree.ElementTree', 'Element'),
])


def _tp_name(t):
    # CPython's tp_name: a C type of a module other than builtins is named 'module.Name'.
    if not (t.__flags__ & 512) and t.__module__ != 'builtins':
        return f"{t.__module__}.{t.__name__}"
    return t.__name__


def _check(ob):
    # A Python class's instances have a __weakref__ slot if a class of its MRO added one
    # (runtime/class.ts gives a class the slot as CPython's type_new does); else the first
    # built-in type of the MRO decides.
    t = type(ob)
    for k in t.__mro__:
        if not (k.__flags__ & 512):
            if (k.__module__, k.__qualname__) in _WEAKREFABLE:
                return
            # A subclass of a built-in type that class.ts counted as giving the slot already.
            if k is not t and not (k in _NOT_WEAKREFABLE or k is object or issubclass(k, BaseException)):
                return
            raise TypeError(f"cannot create weak reference to '{_tp_name(t)}' object")
        # A class of pyvm's Python-source built-in modules standing for such a C type
        # (_thread.lock, with __slots__ and no __weakref__ slot of its own).
        if '__weakref__' in k.__dict__ or (k.__module__, k.__qualname__) in _WEAKREFABLE:
            return


def _first_ref(ob):
    """The value of ob's __weakref__ slot: the first reference taken to it, or None."""
    refs = _refs.get(id(ob))
    return refs[0] if refs else None


class ReferenceType:
    __slots__ = ('_ob', '_callback')
    __module__ = 'builtins'

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        _check(ob)
        refs = _refs.setdefault(id(ob), [])
        if cls is ReferenceType and callback is None:
            for r in refs:
                if type(r) is ReferenceType and r._callback is None:
                    return r
        self = object.__new__(cls)
        object.__setattr__(self, '_ob', ob)
        object.__setattr__(self, '_callback', callback)
        refs.append(self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._ob

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        return hash(self._ob)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob != other._ob

    def __repr__(self):
        ob = self._ob
        name = getattr(ob, '__name__', None)
        if isinstance(name, str):
            return (f'<weakref at {hex(id(self))}; to {type(ob).__qualname__!r} '
                    f'at {hex(id(ob))} ({name})>')
        return f'<weakref at {hex(id(self))}; to {type(ob).__qualname__!r} at {hex(id(ob))}>'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = 'weakref'
ref = ReferenceType


def getweakrefcount(object, /):
    return len(_refs.get(id(object), ()))


def getweakrefs(object, /):
    return list(_refs.get(id(object), ()))


def _remove_dead_weakref(dct, key, /):
    r = dct.get(key)
    if r is not None and r() is None:
        del dct[key]


def _target(p):
    return object.__getattribute__(p, '_ob')


class ProxyType:
    """A proxy: attribute access and operations go to the referent."""

    __slots__ = ('_ob', '_callback')
    __module__ = 'builtins'

    def __init__(self, ob, callback=None):
        _check(ob)
        object.__setattr__(self, '_ob', ob)
        object.__setattr__(self, '_callback', callback)
        _refs.setdefault(id(ob), []).append(self)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _target(self)
        return f'<weakproxy at {hex(id(self))}; to {type(ob).__qualname__!r} at {hex(id(ob))}>'

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __add__(self, other):
        return _target(self) + other

    def __radd__(self, other):
        return other + _target(self)

    def __sub__(self, other):
        return _target(self) - other

    def __rsub__(self, other):
        return other - _target(self)

    def __mul__(self, other):
        return _target(self) * other

    def __rmul__(self, other):
        return other * _target(self)

    def __truediv__(self, other):
        return _target(self) / other

    def __floordiv__(self, other):
        return _target(self) // other

    def __mod__(self, other):
        return _target(self) % other

    def __neg__(self):
        return -_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _target(self).__index__()


ProxyType.__name__ = ProxyType.__qualname__ = 'weakproxy'


class CallableProxyType(ProxyType):
    __slots__ = ()
    __module__ = 'builtins'

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


CallableProxyType.__name__ = CallableProxyType.__qualname__ = 'weakcallableproxy'


def proxy(object, callback=None, /):
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)
`;

definePythonModule('_weakref', WEAKREF_SOURCE, { hideFrames: true });

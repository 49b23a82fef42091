// functools.cached_property, functools.partialmethod, functools.singledispatch and
// functools.singledispatchmethod, as Python source run by pyvm itself
// (see python_source.ts). The functools module (functools.ts) fetches them from here on
// first use (its module __getattr__), so `import functools` alone compiles nothing.
//
// Written from the functools documentation; not CPython's Lib/functools.py.

import { definePythonModule } from './python_source';

export const FUNCTOOLS_EXTRA_SOURCE = `
"""functools.cached_property, functools.partialmethod, functools.singledispatch,
functools.singledispatchmethod."""

from functools import partial, update_wrapper
GenericAlias = type(list[int])
UnionType = type(int | str)

_NOT_FOUND = object()

# lru_cache's statistics (cache_info()) and the lock functools.py's own lru_cache takes
from collections import namedtuple as _namedtuple
_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')
from _thread import RLock


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__ (which
    later reads find first, as it is a non-data descriptor)."""

    __module__ = 'functools'

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {self.attrname!r} property.") from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """A partial() for methods: the bound instance (or class) comes before the fixed arguments."""

    __module__ = 'functools'

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        parts = [repr(self.func)] + [p for p in (args, keywords) if p]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- singledispatch ----------------------------------------------------------------------------

def _dispatch_mro(cls, types):
    """cls.__mro__ with the ABCs among \`types\` that cls is a (virtual) subclass of inserted:
    each one right after the last class of the MRO that is itself a subclass of it, the more
    derived ABCs first."""
    mro = list(cls.__mro__)
    bases = set(mro)
    abcs = [t for t in types
            if t not in bases and isinstance(t, type) and not isinstance(t, GenericAlias)
            and issubclass(cls, t)]
    # more derived ABCs before their bases
    abcs.sort(key=lambda t: -len(t.__mro__))
    for t in reversed(abcs):
        pos = 0
        for i, c in enumerate(mro):
            if c is not t and issubclass(c, t):
                pos = i + 1
        mro.insert(pos, t)
    # an ABC inserted after a more derived one: keep the derived first
    for i in range(len(mro)):
        for j in range(i + 1, len(mro)):
            if mro[j] is not mro[i] and mro[j] in abcs and issubclass(mro[j], mro[i]):
                mro.insert(i, mro.pop(j))
    return mro


def _find_impl(cls, registry):
    mro = _dispatch_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # Two implementations for unrelated ABCs of cls: no way to choose.
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """Single-dispatch generic function decorator: calls choose an implementation by the
    class of their first argument; register() adds implementations."""
    import types
    import abc
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        nonlocal cache_token
        if cache_token is not None:
            current_token = abc.get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def _is_union_type(cls):
        # int | str, or typing's Union[int, str] / Optional[str]
        if isinstance(cls, UnionType):
            return True
        if isinstance(cls, type) or type(cls).__module__ != 'typing':
            return False
        import typing
        return typing.get_origin(cls) is typing.Union

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to \`register()\`. {cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to \`register()\`: {cls!r}. "
                    f"Use either \`@register(some_class)\` or plain \`@register\` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = abc.get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


singledispatch.__module__ = 'functools'


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first argument after
    self (or cls)."""

    __module__ = 'functools'

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
`;

definePythonModule('_functools_extra', FUNCTOOLS_EXTRA_SOURCE);

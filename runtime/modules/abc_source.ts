// The abc module (PEP 3119), as Python source run by pyvm itself (see python_source.ts):
// ABCMeta with register(), __instancecheck__ / __subclasscheck__ (the class's
// __subclasshook__ first, then its MRO, its registered classes and its subclasses, with a
// positive and a negative cache; the negative one is dropped whenever any register() call
// happens), abstract methods gathered into __abstractmethods__ (which makes object.__new__
// refuse the class: runtime/class.ts), ABC, update_abstractmethods and get_cache_token.
// Registered classes are held strongly (CPython holds them weakly; nothing here observes it).

import { definePythonModule } from './python_source';

export const ABC_SOURCE = `
"""Abstract Base Classes (ABCs) according to PEP 3119."""

import _pyvm_abc

def abstractmethod(funcobj):
    """Marks a method as abstract: a class with any left cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class _abc_data:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


_invalidation = [0]   # bumped by every register(): negative caches older than it are stale


def get_cache_token():
    """The current version of the ABC caches (it changes on every register())."""
    return _invalidation[0]


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _compute_abstracts(cls, own_items, bases):
    names = {name for name, value in own_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of the abstract base classes: register() virtual subclasses, and
    isinstance()/issubclass() that consult __subclasshook__ and the registry."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _abc_data(_invalidation[0])
        _pyvm_abc.init_flags(cls)   # __abc_tpflags__ -> the class's match flag (_abc_init)
        return cls

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls; returns it (a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation[0] += 1
        _pyvm_abc.register_flags(cls, subclass)   # the ABC's match flag, as _abc_register
        return subclass

    def __instancecheck__(cls, instance):
        klass = instance.__class__
        data = cls._abc_impl
        if klass in data.cache:
            return True
        kind = type(instance)
        if kind is klass:
            if data.negative_version == _invalidation[0] and klass in data.negative_cache:
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation[0]:
            data.negative_cache = set()
            data.negative_version = _invalidation[0]
        elif subclass in data.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (data.cache if answer else data.negative_cache).add(subclass)
            return answer
        if cls in subclass.__mro__:
            data.cache.add(subclass)
            return True
        for registered in data.registry:
            if issubclass(subclass, registered):
                data.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    own = [(name, getattr(cls, name, None)) for name in cls.__dict__]
    cls.__abstractmethods__ = _compute_abstracts(cls, own, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class with ABCMeta as its metaclass: derive from it to make an ABC."""
    __slots__ = ()
`;

definePythonModule('abc', ABC_SOURCE);

// The parts of typing that create classes, as Python source run by pyvm itself (see
// python_source.ts): NamedTuple (class syntax and call), TypedDict (class syntax; its
// instances are plain dicts), Protocol with runtime_checkable's structural isinstance(),
// NewType, plus assert_never, reveal_type, AnyStr and Text. The typing module (typing_abc.ts)
// fetches these from this module the first time a program asks for one of them (its module
// __getattr__), so `import typing` alone does not compile this source.

import { definePythonModule } from './python_source';
import './abc_source';

export const TYPING_EXTRAS_SOURCE = `
"""typing's class-making helpers, loaded on first use by the typing module."""

import collections as _collections
import sys as _sys
from abc import ABCMeta as _ABCMeta
from typing import Generic, TypeVar

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


# ---- NamedTuple -----------------------------------------------------------------------------

_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_COPIED_NOT = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                                    '__orig_bases__'})


def _typed_namedtuple(name, fields, module, defaults=()):
    fields = list(fields)
    cls = _collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        annotations = ns.get('__annotations__', {})
        with_default = []
        for field in annotations:
            if field in ns:
                with_default.append(field)
            elif with_default:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field, 's' if len(with_default) > 1 else '', ', '.join(with_default)))
        cls = _typed_namedtuple(typename, annotations.items(), ns.get('__module__', '__main__'),
                                [ns[f] for f in with_default])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_COPIED_NOT and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with field types: NamedTuple('P', [('x', int)]), or as a base class."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _typed_namedtuple(typename, fields, _caller_module())


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# ---- TypedDict ------------------------------------------------------------------------------

class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        cls = type.__new__(mcls, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with fixed keys and value types; its instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---- Protocol -------------------------------------------------------------------------------

_PROTOCOL_IGNORED = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                               '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                               '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
                               '__orig_class__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
                               '__protocol_attrs__', '_abc_impl', '__init_subclass__', '__class__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTOCOL_IGNORED:
                attrs.add(name)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocol classes: structural types, checked by isinstance() when the
    class is decorated with @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _no_init_or_replace_init

    def __class_getitem__(cls, params):
        return _ProtocolAlias(cls, params)


class _ProtocolAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        args = ', '.join(getattr(a, '__name__', repr(a)) for a in self.__args__)
        return 'typing.%s[%s]' % (self.__origin__.__name__, args) if self.__origin__ is Protocol else '%s.%s[%s]' % (
            self.__origin__.__module__, self.__origin__.__qualname__, args)


def runtime_checkable(cls):
    """Lets isinstance() check a protocol class by the attributes it names."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- small helpers --------------------------------------------------------------------------

class NewType:
    """A distinct name for a type: calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        # The error names the class being defined, known only once it is created.
        base_name = self.__name__

        class _NotSubclassable:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                '\`%s = NewType(%r, %s)\`' % (sub, sub, base_name))

        return (_NotSubclassable,)

    def __or__(self, other):
        return self.__supertype__ | other


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj
`;

definePythonModule('_typing_extras', TYPING_EXTRAS_SOURCE);

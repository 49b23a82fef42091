// The parts of typing that create classes, as Python source run by pyvm itself (see
// python_source.ts): NamedTuple (class syntax and call), TypedDict (class syntax; its
// instances are plain dicts), Protocol with runtime_checkable's structural isinstance(),
// NewType, ParamSpec (with its .args/.kwargs), TypeVarTuple, ForwardRef, overload with
// get_overloads/clear_overloads, no_type_check(_decorator), dataclass_transform, plus
// assert_never, assert_type, reveal_type, AnyStr, Text and typing's own type variables (T, KT,
// VT, T_co, V_co, VT_co, T_contra, CT_co). The typing module (typing_abc.ts)
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
            if type(base) is not _TypedDictMeta and base is not dict and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        # A generic TypedDict (class TD(TypedDict, Generic[T])) keeps Generic among its bases:
        # its __parameters__ come from __orig_bases__, and TD[int] is an alias.
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(mcls, name, (*generic, dict), ns)
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
                               '__protocol_attrs__', '_abc_impl', '__init_subclass__', '__class__',
                               '__final__', '__match_args__'})

# the nominal classes a protocol may derive from (they are protocols in all but name)
_PROTOCOL_BASES_ALLOWED = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


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


_get_protocol_attrs = _protocol_attrs

# the functions that clear typing's caches (CPython's _cleanups; pyvm's caches are weak, so none)
_cleanups = []


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _reckless_caller(depth):
    # abc's and functools' own walks over subclasses may meet a protocol that is not
    # runtime-checkable: they get NotImplemented rather than an error
    return _caller_module(depth + 1) in ('abc', 'functools')


def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _reckless_caller(3):
            return NotImplemented
        raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
    if not _callable_members_only(cls):
        if _reckless_caller(3):
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (hasattr(annotations, '__contains__') and attr in annotations
                    and isinstance(base, _ProtocolMeta) and base._is_protocol):
                break
        else:
            return NotImplemented
    return True


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False) and not _reckless_caller(2):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if (not is_protocol or _callable_members_only(cls)) and issubclass(instance.__class__, cls):
            return True
        if is_protocol:
            ok = True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    ok = False
                    break
                # a method set to None blocks the protocol
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    ok = False
                    break
            if ok:
                return True
        return super().__instancecheck__(instance)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # the first class up the MRO with an __init__ of its own that is not this one
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocol classes: structural types, checked by isinstance() when the
    class is decorated with @runtime_checkable."""

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__name__ in _PROTOCOL_BASES_ALLOWED.get(base.__module__, ())
                    or isinstance(base, _ProtocolMeta) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__ or cls.__init__ is object.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Lets isinstance() check a protocol class by the attributes it names."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- small helpers --------------------------------------------------------------------------

class NewType:
    """A distinct name for a type: calling it returns its argument unchanged."""

    __module__ = 'typing'

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

    def __reduce__(self):
        # pickled (and copied) by name, as a module-level global
        return self.__qualname__

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
        from typing import Union
        return Union[self, other]

    def __ror__(self, other):
        from typing import Union
        return Union[other, self]


def assert_never(arg, /):
    import typing
    value = repr(arg)
    limit = typing._ASSERT_NEVER_REPR_MAX_LENGTH
    if len(value) > limit:
        value = value[:limit] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that val has an inferred type of typ; at run
    time, return val unchanged."""
    return val


# typing's own type variables
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ---- ParamSpec, TypeVarTuple ------------------------------------------------------------------

class ParamSpecArgs:
    """The type of P.args for a ParamSpec P."""

    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs:
    """The type of P.kwargs for a ParamSpec P."""

    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec:
    """Parameter specification variable: P = ParamSpec('P')."""

    __module__ = 'typing'

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound if bound else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        # what a ParamSpec may be replaced by: parameter types (a list), ..., another ParamSpec
        # or a Concatenate[...]
        import typing
        if isinstance(arg, (list, tuple)) and type(arg).__name__ != 'UnionType':
            return tuple(typing._type_arg(a) for a in arg)
        if arg is ... or isinstance(arg, ParamSpec) or typing.get_origin(arg) is typing.Concatenate:
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg!r}")

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __reduce__(self):
        # pickled (and copied) by name, as a module-level global
        return self.__name__

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        from typing import Union
        return Union[self, right]

    def __ror__(self, left):
        from typing import Union
        return Union[left, self]

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass special typing classes")


class TypeVarTuple:
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    __module__ = 'typing'

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __reduce__(self):
        # pickled (and copied) by name, as a module-level global
        return self.__name__

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        # *Ts is Unpack[Ts]
        import typing
        yield typing.Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        """The arguments of alias[args] with the run this TypeVarTuple takes gathered into one
        tuple (PEP 646): the parameters before and after it take one argument each; an
        unpacked tuple of any length (*tuple[int, ...]) fills what is missing on either side."""
        params = alias.__parameters__
        at = params.index(self)
        if any(type(p) is TypeVarTuple for p in params[at + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before = at
        after = len(params) - at - 1
        open_at = None
        filler = None
        for k, arg in enumerate(args):
            if isinstance(arg, type):
                continue
            if type(arg).__name__ == 'GenericAlias' and type(arg).__module__ == 'types':
                sub = arg.__args__ if arg.__unpacked__ and arg.__origin__ is tuple else None
            else:
                sub = getattr(arg, '__typing_unpacked_tuple_args__', None)
            if sub and len(sub) == 2 and sub[-1] is ...:
                if open_at is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                open_at = k
                filler = sub[0]
        n = len(args)
        if open_at is not None:
            before = min(before, open_at)
            after = min(after, n - open_at - 1)
        elif before + after > n:
            raise TypeError(f"Too few arguments for {alias}; actual {n}, expected at least {len(params) - 1}")
        head = list(args[:before]) + [filler] * (at - before)
        # (CPython 3.11 counts the fill after it as plen - right - left - index - 1: with
        # left < index fewer than needed, so alias[int, *tuple[str, ...]] can be 'Too few')
        tail = [filler] * (len(params) - after - before - at - 1) + list(args[n - after:])
        return (*head, tuple(args[before:n - after]), *tail)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass special typing classes")


# ---- ForwardRef -------------------------------------------------------------------------------

class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    __module__ = 'typing'

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = f'({arg},)[0]' if arg[:1] == '*' else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(_sys.modules.get(self.__forward_module__, None), '__dict__', globalns)
            self.__forward_value__ = eval(self.__forward_code__, globalns, localns)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module_repr = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'

    def __or__(self, right):
        from typing import Union
        return Union[self, right]

    def __ror__(self, left):
        from typing import Union
        return Union[left, self]


# ---- overload and friends ---------------------------------------------------------------------

_overload_registry = {}


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods: records func (see get_overloads) and
    returns a function that refuses to be called."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, "__func__", func)
    # (getattr: pyvm's built-in functions have no __module__ yet)
    by_module = _overload_registry.get(getattr(f, '__module__', None), {})
    return list(by_module.get(getattr(f, '__qualname__', None), {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints: sets __no_type_check__ on
    the function, or on a class and the functions and classes defined in it."""
    import types
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func

    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks an object as providing dataclass-like behaviour: records its
    arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# ---- get_type_hints ---------------------------------------------------------------------------

def _eval_hint(value, globalns, localns, is_class, is_argument):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns)


def _eval_type(value, globalns, localns, guard=frozenset()):
    """A hint with its forward references evaluated, inside aliases too (Optional['Node']);
    a reference met again inside its own value stays a ForwardRef (recursive types)."""
    import types
    if isinstance(value, ForwardRef):
        if value.__forward_arg__ in guard:
            return value
        evaluated = value._evaluate(globalns, localns, guard)
        if evaluated is None:
            return type(None)
        if isinstance(evaluated, str):
            evaluated = ForwardRef(evaluated)
        return _eval_type(evaluated, globalns, localns, guard | {value.__forward_arg__})
    if isinstance(value, type) and not isinstance(value, types.GenericAlias):
        return value
    args = getattr(value, '__args__', None)
    if not isinstance(args, tuple) or not args:
        return value
    if not (isinstance(value, (types.GenericAlias, types.UnionType)) or hasattr(value, 'copy_with')):
        return value
    new = tuple(_eval_type(a, globalns, localns, guard) for a in args)
    if all(n is a for n, a in zip(new, args)):
        return value
    if isinstance(value, types.GenericAlias):
        return types.GenericAlias(value.__origin__, new)
    if isinstance(value, types.UnionType):
        import functools, operator
        return functools.reduce(operator.or_, new)
    return value.copy_with(new)


def _strip_extras(hint):
    from typing import Annotated, get_origin, get_args
    if get_origin(hint) is Annotated:
        return _strip_extras(get_args(hint)[0])
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__ (a class's merged along its MRO,
    bases first) with string annotations evaluated and None as NoneType."""
    import types
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # class names shadow module globals, as in the class body
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals, True, False)
        return hints if include_extras else {k: _strip_extras(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType)):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    hints = dict(hints)
    is_argument = not isinstance(obj, types.ModuleType)
    for name, value in hints.items():
        hints[name] = _eval_hint(value, globalns, localns, False, is_argument)
    return hints if include_extras else {k: _strip_extras(t) for k, t in hints.items()}


for _f in (assert_type, overload, get_overloads, clear_overloads, no_type_check,
           no_type_check_decorator, dataclass_transform, reveal_type, assert_never, get_type_hints,
           NamedTuple, TypedDict, is_typeddict, runtime_checkable):
    _f.__module__ = 'typing'
`;

definePythonModule('_typing_extras', TYPING_EXTRAS_SOURCE);

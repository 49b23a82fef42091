// typing's user-defined generics, as Python source run by pyvm itself (see python_source.ts):
// Generic (class Box(Generic[T]) with __parameters__ from its bases), the alias a subscripted
// generic class returns (Box[int]: printable, callable — the instance gets __orig_class__ —,
// subscriptable again to substitute its type variables, usable as a base class), and
// get_origin / get_args over every kind of alias pyvm has (these, the typing module's own
// aliases in typing_abc.ts, list[int], int | None). The typing module fetches these names
// from here on first use (its module __getattr__), so `import typing` alone compiles nothing.
//
// Written from the typing documentation and PEP 484/560; not CPython's Lib/typing.py.

import { definePythonModule } from './python_source';

export const TYPING_GENERIC_SOURCE = `
"""typing's Generic, the alias of a subscripted generic class, get_origin and get_args."""

import types as _types
from typing import TypeVar as _TypeVar


def _arg_repr(a):
    if a is ...:
        return '...'
    if a is None:
        return 'None'
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == 'builtins' else '%s.%s' % (a.__module__, a.__qualname__)
    if isinstance(a, list):
        return '[%s]' % ', '.join(_arg_repr(x) for x in a)
    return repr(a)


def _is_type_var(a):
    """A TypeVar, a ParamSpec or a TypeVarTuple (the latter two are _typing_extras classes)."""
    if isinstance(a, _TypeVar):
        return True
    t = type(a)
    return t.__name__ in ('ParamSpec', 'TypeVarTuple') and t.__module__ == 'typing'


def _is_param_spec(a):
    t = type(a)
    return t.__name__ == 'ParamSpec' and t.__module__ == 'typing'


def _prepare_params(free, params):
    """A class generic over one ParamSpec takes its parameter types unbracketed: Z[int, str]
    is Z[[int, str]]."""
    if len(free) == 1 and _is_param_spec(free[0]):
        if len(params) != 1 or not (isinstance(params[0], (list, tuple)) or params[0] is ...
                                    or _is_param_spec(params[0])
                                    or getattr(params[0], '__origin__', None) is _concatenate()):
            params = (params,)
    return params


def _is_type_var_tuple(a):
    t = type(a)
    return t.__name__ == 'TypeVarTuple' and t.__module__ == 'typing'


def _is_unpacked_tvt(a):
    return not isinstance(a, type) and getattr(a, '__typing_is_unpacked_typevartuple__', False) is True


def _unpack_args(args):
    # *tuple[int, str] and *Tuple[int, str] stand for int, str (not *tuple[int, ...])
    out = []
    for a in args:
        sub = _unpacked_tuple_args(a)
        if sub is not None and not (sub and sub[-1] is ...):
            out.extend(sub)
        else:
            out.append(a)
    return tuple(out)


def _unpacked_tuple_args(a):
    if isinstance(a, type):
        return None
    if isinstance(a, _types.GenericAlias):
        return a.__args__ if a.__unpacked__ and a.__origin__ is tuple else None
    return getattr(a, '__typing_unpacked_tuple_args__', None)


def _prepare_variadic(alias, free, params):
    for p in free:
        if _is_type_var_tuple(p):
            params = p.__typing_prepare_subst__(alias, params)
    return params


def _concatenate():
    import typing
    return typing.Concatenate


def _type_vars_of(args):
    """The type variables in args, each once, in order of first appearance (nested too)."""
    found = []
    for a in args:
        if _is_type_var(a):
            if a not in found:
                found.append(a)
        else:
            for t in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if t not in found:
                    found.append(t)
    return tuple(found)


def _substitute(arg, mapping):
    if _is_type_var(arg):
        if arg not in mapping:
            return arg
        return arg.__typing_subst__(mapping[arg])
    if not isinstance(arg, type) and getattr(arg, '__parameters__', None):
        new = []
        for t in arg.__parameters__:
            if _is_type_var_tuple(t) and t in mapping:
                new.extend(mapping[t])
            else:
                new.append(mapping.get(t, t))
        return arg[tuple(new)]
    return arg


class _GenericAlias:
    """A generic class subscripted: Box[int] (and Generic[T] itself)."""

    __module__ = 'typing'

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_vars_of(args)

    def __repr__(self):
        origin = self.__origin__
        if origin.__module__ == 'typing':
            name = 'typing.' + origin.__qualname__
        else:
            name = '%s.%s' % (origin.__module__, origin.__qualname__)
        return '%s[%s]' % (name, ', '.join(_arg_repr(a) for a in self.__args__) if self.__args__ else '()')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is Generic:
            raise TypeError('Type Generic cannot be instantiated; it can be used only as a base class')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getitem__(self, params):
        if self.__origin__ is Generic:
            raise TypeError('Cannot subscript already-subscripted Generic')
        if not isinstance(params, tuple):
            params = (params,)
        free = self.__parameters__
        if not free:
            raise TypeError('%r is not a generic class' % (self,))
        params = _prepare_variadic(self, free, _unpack_args(params))
        params = _prepare_params(free, params)
        if len(params) != len(free):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > len(free) else 'few', self, len(params), len(free)))
        mapping = dict(zip(free, params))
        new = []
        for a in self.__args__:
            if _is_unpacked_tvt(a) and a.__args__[0] in mapping:
                new.extend(mapping[a.__args__[0]])
            else:
                new.append(_substitute(a, mapping))
        return _GenericAlias(self.__origin__, tuple(new))

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic:
            # Generic[T] after another generic base adds nothing: that base brings Generic.
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)) for b in later):
                return ()
        return (origin,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _union(a, b):
    import typing
    return typing.Union[a, b]


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __module__ = 'typing'
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not tuple and not any(_is_type_var_tuple(p) for p in cls.__dict__.get('__parameters__', ())):
            raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
        if cls is Generic or getattr(cls, '_is_protocol', False) and cls.__name__ == 'Protocol':
            for p in params:
                # a TypeVarTuple goes in unpacked: Generic[*Ts]
                if not (_is_type_var(p) and not _is_type_var_tuple(p) or _is_unpacked_tvt(p)):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.'
                                    % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
            return _GenericAlias(cls, params)
        free = cls.__dict__.get('__parameters__', ())
        if not free:
            raise TypeError('%r is not a generic class' % (cls,))
        params = _prepare_variadic(cls, free, params)
        params = _prepare_params(free, params)
        if len(params) != len(free):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > len(free) else 'few', cls, len(params), len(free)))
        # each argument as its type variable takes it (None is NoneType, [int, str] a tuple);
        # a TypeVarTuple's run goes in flat
        new = []
        for p, a in zip(free, params):
            if _is_type_var_tuple(p):
                new.extend(a)
            else:
                new.append(p.__typing_subst__(a) if hasattr(p, '__typing_subst__') else a)
        return _GenericAlias(cls, tuple(new))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            bases = own['__orig_bases__']
            if Generic in bases:
                raise TypeError('Cannot inherit from plain Generic')
        else:
            bases = cls.__bases__
            if Generic in bases and cls.__name__ != 'Protocol':
                raise TypeError('Cannot inherit from plain Generic')
        # Type variables of the subscripted bases: this module's aliases and typing's own
        # (typing.Mapping[KT, VT]), not of classes.
        params = list(_type_vars_of([b for b in bases if not isinstance(b, type)
                                     and hasattr(b, '__mro_entries__')]))
        declared = None
        for b in bases:
            if isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = b.__parameters__
        if declared is not None:
            missing = [t for t in params if t not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing), ', '.join(str(g) for g in declared)))
            params = list(declared)
        cls.__parameters__ = tuple(params)


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    t = type(tp)
    if t.__module__ == 'typing' and t.__name__ in ('ParamSpecArgs', 'ParamSpecKwargs'):
        return tp.__origin__
    origin = getattr(type(tp), '_typing_origin', None)
    if origin is not None:
        return origin(tp)
    return None


def get_args(tp):
    """The type arguments of a subscripted type, with Callable's argument list as a list."""
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is _callable_origin() and args and not (len(args) == 2 and _whole_arg_list(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    args = getattr(type(tp), '_typing_args', None)
    if args is not None:
        return args(tp)
    return ()


def _whole_arg_list(a):
    \"\"\"Callable's first argument when it stands for the whole list: ..., a ParamSpec, a Concatenate.\"\"\"
    if a is ... or isinstance(a, (tuple, list)):
        return True
    t = type(a)
    if t.__module__ == 'typing' and t.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'):
        return True
    import typing
    return getattr(a, '__origin__', None) is typing.Concatenate


def _callable_origin():
    import collections.abc
    return collections.abc.Callable
`;

definePythonModule('_typing_generic', TYPING_GENERIC_SOURCE);

// typing.Any: a class since Python 3.11 (so it can be a base class: a mock or stub that stands
// for any type), with a metaclass that refuses isinstance() against Any itself and prints it
// as typing.Any. Its own small module so that `from typing import Any` compiles little.
export const TYPING_ANY_SOURCE = `
class _AnyMeta(type):
    __module__ = 'typing'

    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    \"\"\"The unconstrained type: every value is an Any to a type checker (not to isinstance).\"\"\"

    __module__ = 'typing'

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)

`;

definePythonModule('_typing_any', TYPING_ANY_SOURCE);

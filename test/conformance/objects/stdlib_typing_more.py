# typing: ParamSpec, ParamSpecArgs/Kwargs, TypeGuard, TypeVarTuple, ForwardRef, TypeVar's
# variance and bounds, typing's own type variables, assert_type, dataclass_transform,
# overload with get_overloads/clear_overloads, no_type_check(_decorator).
import typing
from typing import (ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeGuard, TypeVarTuple, ForwardRef,
                    TypeVar, assert_type, dataclass_transform, get_overloads, clear_overloads, overload,
                    no_type_check, no_type_check_decorator, Callable, get_origin, get_args)

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__, P.__module__, P.__bound__, P.__covariant__)
print(type(P.args).__name__, type(P.kwargs).__name__, P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(isinstance(P.args, ParamSpecArgs), isinstance(P.kwargs, ParamSpecKwargs))
print(ParamSpec('Q', covariant=True), ParamSpec('R', contravariant=True), ParamSpec('B', bound=int).__bound__)
try:
    ParamSpec('X', covariant=True, contravariant=True)
except ValueError as e:
    print(e)


def decorator(f: Callable[P, int]) -> Callable[P, str]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> str:
        return str(f(*args, **kwargs))
    return inner


print(decorator(lambda a, b: a + b)(1, b=2))


def is_str_list(val: list) -> TypeGuard[list]:
    return all(isinstance(x, str) for x in val)


print(TypeGuard[int], get_origin(TypeGuard[int]) is TypeGuard, get_args(TypeGuard[int]), is_str_list(['a']))
Ts = TypeVarTuple('Ts')
print(Ts, Ts.__name__, Ts.__module__)

T = TypeVar('T')
C = TypeVar('C', covariant=True)
N = TypeVar('N', contravariant=True)
B = TypeVar('B', bound=int)
S = TypeVar('S', int, str)
print(T, C, N, B, S, T.__name__, B.__bound__, S.__constraints__, T.__constraints__, T.__bound__)
print(C.__covariant__, C.__contravariant__, N.__contravariant__, T.__module__)
for args, kw in ((('X', int), {}), (('X', int, str), {'bound': int}), (('X',), {'covariant': True, 'contravariant': True})):
    try:
        TypeVar(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([repr(getattr(typing, n)) for n in ('T', 'KT', 'VT', 'T_co', 'V_co', 'VT_co', 'T_contra', 'CT_co')])
print(typing.CT_co.__bound__, typing.T_co.__module__, typing.AnyStr, typing.AnyStr.__constraints__)

f = ForwardRef('int')
print(f, f.__forward_arg__, f.__forward_evaluated__, f.__forward_value__, f.__forward_is_argument__)
print(f == ForwardRef('int'), f == ForwardRef('str'), hash(f) == hash(ForwardRef('int')), ForwardRef('X', module='m'))
print(f._evaluate({'int': int}, None, frozenset()), f.__forward_evaluated__)
for bad in (1, 'a b'):
    try:
        ForwardRef(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)

print(assert_type(5, int), assert_type('x', str))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
def model(cls):
    return cls


print(model.__dataclass_transform__)


@overload
def process(x: int) -> int: ...
@overload
def process(x: str) -> str: ...
def process(x):
    return x * 2


print(process(3), process('ab'), len(get_overloads(process)), get_overloads(process)[0].__name__)
try:
    get_overloads(process)[0](1)
except NotImplementedError as e:
    print(type(e).__name__, e)


class K:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: str) -> str: ...
    @overload
    def m(self, x: bytes) -> bytes: ...
    def m(self, x):
        return x


print(len(get_overloads(K.m)), get_overloads(len))
clear_overloads()
print(get_overloads(process), get_overloads(K.m))


@no_type_check
def untyped(a: 'not a type') -> 'nope':
    return a


@no_type_check
class Untyped:
    def meth(self, x: 'bad'):
        return x

    class Inner:
        def deep(self):
            pass


print(untyped.__no_type_check__, Untyped.__no_type_check__, Untyped.meth.__no_type_check__, Untyped.Inner.deep.__no_type_check__)


def deco(arg):
    def wrap(f):
        return f
    return wrap


ntc = no_type_check_decorator(deco)
print(ntc.__name__, ntc(1)(untyped) is untyped)


print(ntc(2).__no_type_check__)
print(ParamSpec.__module__, ForwardRef.__module__, overload.__module__, typing.assert_type.__module__)

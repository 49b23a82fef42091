# typing's forms as CPython 3.11 has them: `from typing import *` (typing.__all__), forms that
# take no arguments or exactly one, ClassVar/Final refused inside other forms, which aliases
# iterate, subscriptions cached (List[int] is List[int]), `|` with ParamSpec, ForwardRef and
# NewType, Callable over a ParamSpec, and the module of Protocol and NewType.
import copy
from typing import *
import typing

P = ParamSpec('P')
T = TypeVar('T')
UserId = NewType('UserId', int)


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(sorted(typing.__all__) == sorted(set(typing.__all__)), len(typing.__all__))
print(all(hasattr(typing, name) for name in typing.__all__))
print(Generic, Protocol, NewType, TypeVar, Union, AnyStr)


class Box(Generic[T]):
    pass


print(Box[int], Box[int] == Box[int])

for expr in ['Any[int]', 'NoReturn[int]', 'Never[int]', 'Self[int]', 'LiteralString[int]', 'TypeAlias[int]',
             'Required[int, str]', 'NotRequired[int, str]', 'TypeGuard[int, str]', 'ClassVar[int, str]',
             'Final[int, str]', 'Unpack[int, str]', 'TypeGuard[int]', 'Required[int]',
             'ClassVar[ClassVar[int]]', 'List[ClassVar[int]]', 'Optional[ClassVar[int]]', 'Union[int, Final[int]]',
             'Tuple[ClassVar[int]]', 'Callable[[int], ClassVar[int]]', 'List[Final[int]]',
             'list(iter(Union[str, int]))', 'list(iter(Callable[..., T]))', 'list(iter(Annotated[int, 1]))',
             'list(iter(ClassVar[int]))', 'list(iter(List[int]))', 'list(iter(Tuple[int, str]))', 'list(iter(List))',
             'list(iter(Union))',
             'List[int] is List[int]', 'Dict[str, T][int] is Dict[str, T][int]', 'Optional[int] is Union[int, None]',
             'Callable[[int], str] is Callable[[int], str]', 'Literal[1] is Literal[1]', 'Literal[1] is Literal[True]',
             'List[1] is List[True]',
             'P | int', 'int | P', 'ForwardRef("x") | str', 'str | ForwardRef("x")', 'UserId | None', 'int | UserId',
             'Callable[P, int]', 'Callable[P, int][[str, bytes]]', 'Callable[P, int].__parameters__',
             'Callable[Concatenate[int, P], int].__parameters__', 'copy.copy(P) is P', 'copy.deepcopy(P) is P',
             # what a type variable may be replaced by (TypeVar.__typing_subst__)
             'T.__typing_subst__(int)', 'T.__typing_subst__(None)', 'T.__typing_subst__("int")', 'T.__typing_subst__(3)',
             'T.__typing_subst__(())', 'T.__typing_subst__((int, str))', 'T.__typing_subst__(Union)',
             'T.__typing_subst__(Protocol)', 'T.__typing_subst__(Generic)', 'T.__typing_subst__(ClassVar[int])',
             'T.__typing_subst__(Any)', 'List[T][Optional]', 'List[T][Literal]', 'Dict[str, T][Final]', 'List[T][List]']:
    show(expr, lambda: eval(expr))


# a NewType is copied (and pickled) by name; no_type_check turns get_type_hints off
print(copy.copy(UserId) is UserId, copy.deepcopy(UserId) is UserId)


@typing.no_type_check
def unchecked(x: 'whatever is here') -> 'not evaluated':
    pass


print(typing.get_type_hints(unchecked), unchecked.__annotations__)

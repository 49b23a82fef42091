# typing's aliases as CPython 3.11 has them: `|` (List[int] | Dict[str, int], int | T), Union
# flattening and deduplication, Optional as Union[X, None], equality and hashing (usable as dict
# keys), isinstance/issubclass with unsubscripted aliases and unions, __name__/__module__, type
# variable substitution, Callable's flat __args__, Annotated's __metadata__, Literal's
# deduplication, and the errors of calling or subscribing them wrongly.
import copy
import typing
from typing import (Any, Annotated, Callable, ClassVar, Deque, Dict, Iterable, List, Literal, Optional,
                    Sequence, Tuple, TypeVar, Union)

T = TypeVar('T')
K = TypeVar('K')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


# | between aliases, classes, None and type variables
show('List|Dict', lambda: List[int] | Dict[str, int])
show('int|List', lambda: int | List[int])
show('List|None', lambda: List[int] | None)
show('T|int', lambda: T | int)
show('int|T', lambda: int | T)
show('T|None', lambda: T | None)
show('Optional|str', lambda: Optional[int] | str)
show('alias|list[str]', lambda: List[int] | list[str])
show('(int|str)|List', lambda: (int | str) | List[int])
show('T|"x"', lambda: T | 'x')

# Union normalisation
show('Union[int,int]', lambda: Union[int, int])
show('Union[int]', lambda: Union[int])
show('nested', lambda: Union[int, Union[str, float]])
show('Union[int,None]', lambda: Union[int, None])
show('Union[None,int,str]', lambda: Union[None, int, str])
show('Optional[Union]', lambda: Optional[Union[int, str]])
show('Optional[Optional]', lambda: Optional[Optional[int]])
show('Optional[None]', lambda: Optional[None])
show('Union[()]', lambda: Union[()])
show('Optional[int,str]', lambda: Optional[int, str])
show('Union str', lambda: Union['int', str])
show('List str', lambda: List['int'])
show('List[None]', lambda: List[None])

# equality and hashing
show('List eq', lambda: List[int] == List[int])
show('List ne', lambda: List[int] != List[str])
show('Tuple eq', lambda: Tuple[int, str] == Tuple[int, str])
show('Union order', lambda: Union[int, str] == Union[str, int])
show('Optional eq', lambda: Optional[int] == Union[int, None])
show('Union vs |', lambda: Union[int, str] == (int | str))
show('list[int] vs List', lambda: List[int] == list[int])
show('hash', lambda: hash(Union[int, str]) == hash(Union[str, int]))
show('dict key', lambda: {List[int]: 'a', Dict[str, T]: 'b'}[Dict[str, T]])
show('set', lambda: len({Optional[int], Union[None, int], Union[int, None]}))
show('Literal eq', lambda: Literal[1, 2] == Literal[2, 1])
show('Literal typed', lambda: Literal[1] == Literal[True])
show('Literal dedup', lambda: Literal[1, 1, True])
show('Literal flatten', lambda: Literal[Literal[1], 2])

# isinstance / issubclass
show('isinstance List', lambda: isinstance([], List))
show('isinstance Iterable', lambda: isinstance((x for x in ()), Iterable))
show('isinstance Sequence', lambda: isinstance({}, Sequence))
show('issubclass Sequence', lambda: issubclass(list, Sequence))
show('isinstance Callable', lambda: (isinstance(len, Callable), isinstance(3, Callable)))
show('isinstance Optional', lambda: (isinstance(3, Optional[int]), isinstance('x', Optional[int]), isinstance(None, Optional[int])))
show('issubclass Union', lambda: issubclass(bool, Union[int, str]))
show('isinstance List[int]', lambda: isinstance([], List[int]))
show('isinstance Union[List[int], str]', lambda: isinstance(3, Union[List[int], str]))
show('isinstance Any', lambda: isinstance(3, Any))
show('isinstance Union', lambda: isinstance(3, Union))
show('issubclass ClassVar', lambda: issubclass(int, ClassVar))
show('SupportsInt', lambda: (isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt)))
show('SupportsIndex', lambda: (issubclass(int, typing.SupportsIndex), issubclass(float, typing.SupportsIndex)))

# attributes
show('names', lambda: (List.__name__, List[int].__name__, Union[int, str].__name__, Optional[int].__name__,
                       Callable[[int], str].__qualname__, Any.__name__))
show('modules', lambda: (List.__module__, List[int].__module__, Union[int, str].__module__))
show('origins', lambda: (List[int].__origin__, Dict.__origin__, Union[int, str].__origin__, ClassVar[int].__origin__))
show('args', lambda: (Union[int, str].__args__, Optional[int].__args__, Tuple[()].__args__, Tuple[int, ...].__args__))
show('params', lambda: (List[int].__parameters__, Dict[T, List[T]].__parameters__, Union[int, list[K]].__parameters__))
show('List.__parameters__', lambda: List.__parameters__)
show('List.__args__', lambda: List.__args__)
show('forwarded', lambda: List[int].copy)
show('forwarded missing', lambda: List[int].foo)

# Callable
show('Callable', lambda: Callable[[int], None])
show('Callable args', lambda: (Callable[[int], str].__args__, Callable[[], str].__args__, Callable[..., str].__args__))
show('get_args', lambda: (typing.get_args(Callable[[int], str]), typing.get_args(Callable[..., str])))
show('Callable eq', lambda: Callable[[int], str] == Callable[[int], str])
show('Callable[int]', lambda: Callable[int])
show('Callable[[int]]', lambda: Callable[[int]])

# Annotated
show('Annotated', lambda: Annotated[int, 'a'])
show('Annotated nested', lambda: Annotated[Annotated[int, 'a'], 'b'])
show('Annotated attrs', lambda: (Annotated[int, 'a', 'b'].__metadata__, Annotated[int, 'a'].__origin__, Annotated[int, 'a'].__args__))
show('Annotated get_args', lambda: (typing.get_args(Annotated[int, 'a']), typing.get_origin(Annotated[int, 'a']) is Annotated))
show('Annotated eq', lambda: Annotated[int, 'a'] == Annotated[int, 'a'])
show('Annotated[int]', lambda: Annotated[int])
show('Annotated call', lambda: Annotated[int, 'a']('7'))

# substitution
show('Dict[str,T][int]', lambda: Dict[str, T][int])
show('Union[int, List[T]][str]', lambda: Union[int, List[T]][str])
show('Union[T, int][int]', lambda: Union[T, int][int])
show('Optional[T][int]', lambda: Optional[T][int])
show('Callable[[T], T][int]', lambda: Callable[[T], T][int])
show('List[list[T]][int]', lambda: List[list[T]][int])
show('Dict[K, T][str, int]', lambda: Dict[K, T][str, int])
show('too many', lambda: Dict[str, T][int, str])
show('not generic', lambda: List[int][str])
show('arity', lambda: List[int, str])
show('arity2', lambda: Dict[int])
show('ClassVar[int, str]', lambda: ClassVar[int, str])

# instantiation
show('List()', lambda: List())
show('List[int]()', lambda: List[int]())
show('Dict[str, int]()', lambda: Dict[str, int]())
show('Tuple()', lambda: Tuple())
show('Deque()', lambda: Deque())
show('Deque[int]([1])', lambda: Deque[int]([1]))
show('Any()', lambda: Any())
show('Union()', lambda: Union())
show('Optional()', lambda: Optional())
show('Literal[1]()', lambda: Literal[1]())
show('Iterable()', lambda: Iterable())

# repr of the empty tuple, copies
show('Tuple[()]', lambda: Tuple[()])
show('copies', lambda: (copy.copy(List[int]) == List[int], copy.deepcopy(Optional[int]) == Optional[int],
                        copy.copy(T) is T, copy.deepcopy(T) is T))


# a typical use: a function annotated with the new unions
def first(xs: List[int] | None = None) -> Optional[int]:
    return xs[0] if xs else None


print(first([4, 5]), first(), first.__annotations__)

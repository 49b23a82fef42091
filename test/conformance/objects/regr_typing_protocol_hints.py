# typing as CPython 3.11's: generic protocols (class Box(Protocol[T]) has __parameters__, Box[int]
# is an alias equal to itself, Protocol[int] is refused), and get_type_hints evaluating forward
# references inside aliases (Optional['Node[T]'], List['Node[int]']) with recursive type aliases
# left as ForwardRef where they recur.
from typing import (Generic, List, Optional, Protocol, TypeVar, Union, get_args, get_origin, get_type_hints,
                    runtime_checkable)

T = TypeVar('T')
S = TypeVar('S')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Box(Protocol[T]):
    def get(self) -> T: ...


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Impl(Box[int]):
    def get(self):
        return 1


class File:
    def close(self):
        pass


show('Protocol[T]', lambda: Protocol[T])
show('Protocol[T, S]', lambda: Protocol[T, S])
show('Protocol[int]', lambda: Protocol[int])
show('Protocol[T, T]', lambda: Protocol[T, T])
show('Box params', lambda: Box.__parameters__)
show('Box[int]', lambda: Box[int])
show('Box[int] eq', lambda: (Box[int] == Box[int], Box[int] == Box[str]))
show('origin/args', lambda: (get_origin(Box[int]) is Box, get_args(Box[int])))
show('Box[int, str]', lambda: Box[int, str])
show('Impl', lambda: (Impl().get(), [c.__name__ for c in Impl.__mro__], Impl.__orig_bases__))
show('Box()', lambda: Box())
show('isinstance Closer', lambda: (isinstance(File(), Closer), isinstance(1, Closer)))
show('isinstance Box', lambda: isinstance(Impl(), Box))
show('subst Protocol[T]', lambda: T.__typing_subst__(Protocol[T]))
show('List[T][Generic[T]]', lambda: List[T][Generic[T]])

ValueList = List['Value']
Value = Union[str, ValueList]


def f(x: Value, y: 'Optional[Value]' = None):
    pass


class Node(Generic[T]):
    def add(self, other: 'Optional[Node[T]]', n: List['Node[int]']) -> 'Node[T]':
        return self


def g(a: 'List[int]', b: Optional['Node[str]'] = None, c: 'int | None' = None) -> None:
    pass


show('hints f', lambda: get_type_hints(f))
show('hints Node.add', lambda: get_type_hints(Node.add))
show('hints g', lambda: get_type_hints(g))

# typing: user generic classes (Generic[T], Box[int](...), __parameters__, __orig_bases__, substitution), get_origin/get_args, isinstance against parameterized generics.
import typing
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, get_args, get_origin
import collections.abc
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(list[int]))
print(get_args(Optional[int]), get_origin(Optional[int]), get_args(int | str), get_origin(int | str))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_args(int), get_origin(int))
print(get_origin(typing.Iterable[int]), get_origin(typing.Deque[int]), get_origin(typing.Literal[1]), get_args(typing.Literal[1, 2]))
print(get_args(typing.Annotated[int, 'meta']), get_origin(List), get_args(List))
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box[int](3)
print(type(b).__name__, b.v, b.get(), b.__orig_class__, Box.__parameters__, Box.__orig_bases__, Box.__mro__)
print(Box[int], get_origin(Box[int]), get_args(Box[int]), Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__, Pair[str, V][int], Pair[str, V].__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__, IntBox(5).v)
class Sub(Box[T], Generic[T]):
    pass
print(Sub.__parameters__, Sub[int], Sub.__mro__)
class Multi(Pair[K, int], Box[T]):
    pass
print(Multi.__parameters__)
print(Generic[T], repr(Generic[T, K]))
for bad in [lambda: Generic[int], lambda: Generic[T, T], lambda: Box[int, str], lambda: IntBox[int], lambda: isinstance(b, Box[int]), lambda: Box[int][str]]:
    try:
        r = bad()
        print('no error', r)
    except TypeError as e:
        print('TypeError', e)
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(Box[T], Generic[K]):
        pass
except TypeError as e:
    print(e)
print(isinstance(b, Box), issubclass(Box, Generic))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    issubclass(list, Box[int])
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
class Any42(metaclass=Meta):
    pass
print(isinstance(42, Any42), isinstance(41, Any42))

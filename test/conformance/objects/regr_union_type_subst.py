# types.UnionType has __parameters__ and substitution ((int | list[T])[str]), a union is one
# argument of a subscription (list[int | str], List[T][int | str]), TypeVar substitution takes a
# union, and collections.abc.Callable takes Concatenate and PEP 612's X[int, str] for X[P, T]
import typing
import collections.abc as cabc
from typing import TypeVar, ParamSpec, Concatenate

T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
for u, a in (((T | S), (int, str)), ((T | list[S]), (int, str)), ((int | list[T]), str), ((T | None), int),
             ((T | int), (str,)), ((int | list[T] | dict[str, T]), bytes)):
    print(repr(u[a]))
print((int | list[T]).__parameters__, (int | typing.List[T]).__parameters__, (int | str).__parameters__)
for bad in (lambda: (int | str)[int], lambda: (list[T] | int)[int, str], lambda: (int | str)[0]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(list[int | str], dict[int | str, bytes], tuple[int | None, ...])
print(typing.List[T][int | str], list[T][int | str], typing.Dict[T, S][int | None, str])
c = cabc.Callable[Concatenate[int, P], str]
print(c, c.__args__, c.__parameters__, typing.get_args(c), c[...])
x = cabc.Callable[P, T]
print(x[[int, str], bytes], x[..., int], cabc.Callable[P, int][int, str], cabc.Callable[P, int][[int, str]])

# types.GenericAlias is subclassable; collections.abc.Callable[...] is its subclass _CallableGenericAlias
# (flattened __args__, its repr, substitution, errors, reduce); attributes go to the origin;
# class C(list[int]) derives from list
import collections.abc as cabc
import types, typing, copy
from typing import TypeVar, ParamSpec, Concatenate
T = TypeVar('T'); P = ParamSpec('P')

class G(types.GenericAlias):
    __slots__ = ()
g = G(list, (int,))
print(type(g).__name__, g.__origin__, g.__args__, repr(g), list[int].append is list.append, g.__mro_entries__((g,)))
print(g == list[int], hash(g) == hash(list[int]), isinstance(g, types.GenericAlias))
print(g(), g([1, 2]))

C = cabc.Callable
for a in (C[[int], str], C[..., int], C[[], None], C[[int, str], float], C[P, T], C[[T], T]):
    print(repr(a), a.__args__, type(a).__name__, typing.get_args(a), a.__parameters__, a.__origin__)
print(C[[T], T][int])
print(C[[int, T], T][str])
print(C[[T], list[T]][bytes])
print(C[[int], str] == C[[int], str], C[[int], str] == C[[str], str])
for bad in (lambda: C[int], lambda: C[int, str], lambda: C[[int]]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
r = C[[int], str].__reduce__()
print(r[0].__name__, r[1])
x = copy.deepcopy(C[[int], str])
print(x, x == C[[int], str])
print(typing.Callable[[int], str], typing.get_args(typing.Callable[[int], str]))
print(isinstance(len, C), issubclass(int, C))


class X(list[int]):
    pass


print(X.__mro__, X.__orig_bases__, list[int].__name__, dict[str, int].fromkeys('ab'))
try:
    list[int].nope
except AttributeError as e:
    print('AttributeError:', e)

# types.GenericAlias's substitution with PEP 646 (session 20 C, C_generic_alias_subst.diff):
# list[T][*tuple[int]], tuple[*Ts][int, str], equality and hashing by value, pickling.
import copy
from typing import TypeVar, TypeVarTuple, Tuple

T = TypeVar('T')
T1 = TypeVar('T1')
T2 = TypeVar('T2')
Ts = TypeVarTuple('Ts')

print(list[tuple[int, ...]] == list[tuple[int, ...]], list[T][tuple[int, ...]] == list[tuple[int, ...]])
print(hash(dict[str, list[int]]) == hash(dict[str, list[int]]), len({list[tuple[int]], list[tuple[int]]}))
print(list[T][*tuple[int]], list[T][*Tuple[int]], dict[T1, T2][*tuple[int, str]], dict[T1, T2][*tuple[int], *tuple[str]])
print(tuple[*Ts][int, str], tuple[*Ts][()], tuple[T, *Ts][int, str, bool], tuple[*Ts, T][int])
print(tuple[list[T], *Ts][int, str], tuple[T1, *Ts][int, *tuple[str, ...]], tuple[*Ts, T1][*tuple[str, ...], int])
print(list[T, *tuple[int, ...]][int], (*tuple[int],)[0].__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
for text in ['list[T][*tuple[()]]', 'list[T][*tuple[int, str]]', 'list[T][*tuple[int, ...]]', 'list[T][*Ts]',
             'dict[T1, T2][*tuple[int]]', 'tuple[T, *Ts][()]', 'tuple[*Ts, *Ts][int]', 'tuple[T1, *Ts, T2][int, *tuple[str, ...]]']:
    try:
        print(text, '->', eval(text))
    except TypeError as e:
        print(text, '-> TypeError', e)
a = dict[str, list[int]]
print(copy.deepcopy(a) == a, copy.copy(a) == a, a.__reduce__())

# PEP 646 in typing's aliases and user generics (session 20 C): *Ts is Unpack[Ts], a
# TypeVarTuple takes the run of arguments its neighbours leave (__typing_prepare_subst__),
# *Tuple[int, str] / *tuple[int] stand for their types, Generic[*Ts], and the errors.
from typing import Generic, TypeVar, TypeVarTuple, Tuple, List, Dict, Unpack

T = TypeVar('T')
T1 = TypeVar('T1')
T2 = TypeVar('T2')
Ts = TypeVarTuple('Ts')
Ts2 = TypeVarTuple('Ts2')

print(list(Ts), Unpack[Ts] == next(iter(Ts)), Unpack[Ts].__typing_is_unpacked_typevartuple__)
print(Tuple[*Ts], Tuple[*Ts].__parameters__, Tuple[int, *Ts].__args__)
print(Unpack[Tuple[int, str]].__typing_unpacked_tuple_args__, Unpack[Ts].__typing_unpacked_tuple_args__)


class C(Generic[T]):
    pass


class V(Generic[T, *Ts]):
    pass


class W(Generic[*Ts]):
    pass


print(V.__parameters__, W.__parameters__)
print(V[int], V[int, str, bool], W[()], W[int, str], W[*Ts][int, str])
print(Tuple[int, *Ts][str, bool], Tuple[*Ts][()], Tuple[T, *Ts, T2][int, str], Tuple[T, *Ts, T2][int, str, bool, float])
print(C[T][*Tuple[int]], List[T][*Tuple[int]], List[T][*tuple[int]])
print(Dict[T1, T2][*Tuple[int, str]], Dict[T1, T2][*Tuple[int], *Tuple[str]], Dict[T1, T2][*Tuple[()], int, str])
print(List[Tuple[*Ts]][int, str], V[T, *Ts][int, str, bool])
print(Tuple[T1, *Ts][int, *Tuple[str, ...]])

for text in ['C[T][*Tuple[int, str]]', 'C[T][*Ts]', 'C[T][T, *Ts]', 'List[T][*Tuple[()]]',
             'List[T][*Tuple[int, ...]]', 'Dict[T1, T2][*Tuple[int]]', 'Dict[T1, T2][*Tuple[int, ...]]',
             'Tuple[*Ts, *Ts2][int]', 'Tuple[T, *Ts, T2][int]', 'V[()]',
             'Tuple[T1, *Ts][*Tuple[int, ...], *Tuple[str, ...]]', 'Tuple[T, *Ts, T2][int, *Tuple[str, ...]]', 'Ts.__typing_subst__(int)']:
    try:
        print(text, '->', eval(text))
    except TypeError as e:
        print(text, '-> TypeError', e)

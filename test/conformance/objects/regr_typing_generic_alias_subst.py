# types.GenericAlias (list[int], tuple[T, T]) as CPython 3.11's: __parameters__, substitution
# of its type variables (Pair = tuple[T, T]; Pair[int]), with typing's aliases nested either
# way, the errors of a non-generic or wrongly sized subscription, and iteration yielding the
# unpacked *tuple[int] once (PEP 646).
from typing import ClassVar, Dict, List, TypeVar, Union

T = TypeVar('T')
K = TypeVar('K')
Pair = tuple[T, T]


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('Pair[int]', lambda: Pair[int])
show('list[T][int]', lambda: list[T][int])
show('params', lambda: (dict[str, T].__parameters__, list[int].__parameters__, dict[K, list[T]].__parameters__))
show('nested typing', lambda: list[List[T]][int])
show('typing nesting', lambda: List[list[T]][int])
show('two', lambda: dict[K, list[T]][str, int])
show('Dict of', lambda: Dict[K, tuple[T, ...]][str, float])
show('not generic', lambda: list[int][str])
show('too many', lambda: dict[T, str][int, str])
show('too few', lambda: dict[K, T][int])
show('ClassVar', lambda: list[T][ClassVar[int]])
show('plain Union', lambda: list[T][Union])
show('None', lambda: list[T][None])
show('unpacked', lambda: (*tuple[int],))
show('unpacked attrs', lambda: ([*tuple[int, str]][0].__unpacked__, tuple[int].__unpacked__))
show('unpacked subst', lambda: (*tuple[T],)[0][str])
show('unpacked eq', lambda: (*tuple[int],)[0] == tuple[int])


def pair_sum(p: Pair[int]) -> int:
    return p[0] + p[1]


print(pair_sum((2, 3)), pair_sum.__annotations__)

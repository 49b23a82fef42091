# typing's ParamSpec as CPython 3.11's: a class generic over a ParamSpec (class W(Generic[P, R]))
# and its subscription ([int, str] becomes a tuple; one ParamSpec takes its types unbracketed),
# ParamSpec.__typing_subst__ and its errors, and Callable over a ParamSpec or Concatenate
# substituted (Callable[Concatenate[int, P], R][[str], bool] is Callable[[int, str], bool]).
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar, Union

P = ParamSpec('P')
R = TypeVar('R')
T = TypeVar('T')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class W(Generic[P, R]):
    def __init__(self, f: Callable[P, R]):
        self.f = f

    def __call__(self, *a: P.args, **k: P.kwargs) -> R:
        return self.f(*a, **k)


class Z(Generic[P]):
    pass


class Box(Generic[T]):
    pass


show('W params', lambda: W.__parameters__)
show('W[[int, str], int]', lambda: W[[int, str], int])
show('W[..., int]', lambda: W[..., int])
show('W(len)("abc")', lambda: W(len)('abc'))
show('W[[int], str].__args__', lambda: W[[int], str].__args__)
show('Z[int, str]', lambda: Z[int, str])
show('Z[[int, str]]', lambda: Z[[int, str]])
show('Z[P]', lambda: Z[P])
show('Z[int]', lambda: Z[int])
show('Box[None]', lambda: Box[None])
show('Generic[P, T]', lambda: Generic[P, T])
show('P.args', lambda: (P.args, P.kwargs, P.args.__origin__ is P))
show('Callable[P, R].__parameters__', lambda: Callable[P, R].__parameters__)
show('Callable[P, R][[int], str]', lambda: Callable[P, R][[int], str])
show('Callable[P, int][int, str]', lambda: Callable[P, int][int, str])
show('Callable[P, R][..., str]', lambda: Callable[P, R][..., str])
show('Concatenate subst', lambda: Callable[Concatenate[int, P], R][[str], bool])
show('Concatenate[int, P]', lambda: Concatenate[int, P])
for arg in ([int], (int, str), ..., P, 42, int, None, T, int | str, Union[int, str]):
    show('subst %r' % (arg,), lambda: P.__typing_subst__(arg))

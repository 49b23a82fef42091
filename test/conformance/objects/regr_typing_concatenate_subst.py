# Concatenate[int, P] with P replaced: a list of types gives the plain tuple (int, ...), another
# Concatenate is flattened in; typing's and collections.abc's Callable built on them
import typing, collections.abc as cabc
from typing import Concatenate, ParamSpec, TypeVar, Callable
P = ParamSpec('P'); P2 = ParamSpec('P2'); T = TypeVar('T')
C = Concatenate[int, P]
print(C[[str, float]], C[...], C[P2], C[Concatenate[str, P2]])
print(Concatenate[int, P][[]], Concatenate[int, str, P][[bytes]])
print(Callable[Concatenate[int, P], T][[bytes], str], Callable[Concatenate[int, P], int][Concatenate[str, P2]])
print(cabc.Callable[Concatenate[int, P], str][[bytes]], cabc.Callable[Concatenate[int, P], str][Concatenate[str, P2]])
print(cabc.Callable[Concatenate[int, P], str][...], typing.get_args(cabc.Callable[Concatenate[int, P], str][[bytes, float]]))

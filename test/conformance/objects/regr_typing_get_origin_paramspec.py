# typing.get_origin(P.args) and get_origin(P.kwargs) are the ParamSpec P
from typing import ParamSpec, get_origin, get_args, Callable, Concatenate
P = ParamSpec('P')
print(repr(P.args), repr(P.kwargs), get_origin(P.args) is P, get_origin(P.kwargs) is P, get_args(P.args))
print(get_origin(P), get_origin(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))

# typing.Any is a class (3.11): usable as a base class, refused by isinstance(), printed as typing.Any
import typing
from typing import Any, Optional, Union, List, Callable, get_type_hints


class Stub(Any):
    def __init__(self):
        self.v = 5

    def method(self):
        return 'any method'


s = Stub()
print(s.v, s.method(), isinstance(s, Stub), Stub.__mro__[1:])
print(repr(Any), type(Any).__name__, type(Any).__module__, Any.__module__, Any.__name__)
print(Optional[Any], Union[int, Any], List[Any], Callable[..., Any])
print(Any | int, issubclass(int, Any), issubclass(Stub, Any))


def f(x: Any) -> Any:
    pass


print(get_type_hints(f))
print(typing.get_args(Union[int, Any]))
for thunk in (lambda: isinstance(1, Any), lambda: isinstance(s, Any), lambda: Any(), lambda: Any[int]):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)


class Sub(Stub):
    pass


print(isinstance(Sub(), Stub), repr(Sub).endswith("Sub'>"))

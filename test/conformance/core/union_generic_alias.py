# X | Y with generic aliases (list[int] | None) is a types.UnionType, as int | None is; isinstance against it.
import types, typing
u = int | None
print(u, type(u), type(u) is types.UnionType, u.__args__)
print(list[int] | None, None | list[int], list[int] | dict[str, int], int | list[int])
print(isinstance(3, int | str), isinstance([], list | None), issubclass(bool, int | str))
print((int | str) == (str | int), int | int, hash(int | str) == hash(str | int))
x = list[int] | None
print(type(x).__name__, x.__args__, typing.get_args(x) if hasattr(typing, 'get_args') else None)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
print(typing.Optional[int], typing.Union[int, str])

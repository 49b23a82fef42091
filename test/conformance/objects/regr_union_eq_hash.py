# types.UnionType equality and hash are by member sets, as typing.Union's: hash(int | str) ==
# hash(str | int) == hash(Union[int, str]); list[T] | int == list[T] | int (equal, not identical members)
import typing
T = typing.TypeVar('T')
print(hash(int | str) == hash(str | int), hash(int | str) == hash(typing.Union[int, str]))
print(hash(int | str) == hash(frozenset((int, str))), hash(typing.Union[int, str]) == hash(frozenset((int, str))))
print((int | str) == (str | int), (list[T] | int) == (list[T] | int), (list[int] | None) == (None | list[int]))
print((int | str) == typing.Union[int, str], (int | str) != (int | bytes), (int | list[T])[float] == (list[float] | int))
print(len({int | str, str | int, typing.Union[int, str]}), {list[int] | None: 1}[None | list[int]])

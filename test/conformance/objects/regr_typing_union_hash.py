# typing.Union's hash is hash(frozenset(args)), as CPython's (so it can equal hash(int | str))
import typing
T = typing.TypeVar('T')
U = typing.Union[int, str]
print(hash(U) == hash(frozenset((int, str))), hash(U) == hash(typing.Union[str, int]))
print(hash(typing.Optional[T]) == hash(frozenset((T, type(None)))), U == typing.Union[str, int])
print(len({U, typing.Union[str, int], typing.Union[int, str, int]}), {U: 1}[typing.Union[str, int]])
# typing's namespace has types.GenericAlias (not in __all__)
import types
print(typing.GenericAlias is types.GenericAlias, repr(int | typing.GenericAlias(list, int)), 'GenericAlias' in typing.__all__)

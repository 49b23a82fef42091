# Iterating a typing alias: Tuple[int] yields the unpacked *Tuple[int] once (star in a
# subscript, PEP 646); an unsubscripted alias is not iterable. pyvm iterated through
# __getitem__(0), (1), ... for ever (CPython's test_typing ran out of memory).
import typing
print([*typing.Tuple[int]], [*typing.List[int]], len(list(typing.Dict[str, int])))
print(repr([*typing.Tuple[int, str]][0]))
for alias in (typing.List, typing.Union, typing.Mapping, typing.Optional):
    try:
        iter(alias)
    except TypeError as e:
        print(e)

# functools.singledispatch registers typing's Union[...] and Optional[...] as CPython 3.11
# does (each member class), in register(Union[...]) and in annotations (session 20 C).
import functools
import typing
from typing import Optional, Union


@functools.singledispatch
def f(arg):
    return 'default'


@f.register
def _(arg: Union[str, bytes]):
    return 'str or bytes'


@f.register(Union[int, float])
def _(arg):
    return 'number'


@f.register
def _(arg: Optional[list]):
    return 'list or None'


print(f('a'), f(b'b'), f(1), f(2.5), f([]), f(None), f({}))
print(sorted(t.__name__ for t in f.registry))

for bad in ('Union[int, typing.List[int]]', 'typing.List[int]'):
    try:
        f.register(eval(bad), lambda x: x)
    except TypeError as e:
        print('TypeError', e)
try:
    @f.register
    def _(arg: Union[int, typing.List[int]]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    @f.register
    def _(arg: typing.Iterable[int]):
        pass
except TypeError as e:
    print('TypeError', e)

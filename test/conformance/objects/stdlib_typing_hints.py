# typing.get_type_hints: string annotations evaluated, None as NoneType, classes merged along
# the MRO, Annotated stripped unless include_extras, errors.
from typing import get_type_hints, Annotated, List, Optional
import typing


class Node:
    value: int
    next: 'Node'
    label: 'str' = 'x'


class Leaf(Node):
    weight: 'float'
    value: 'bool'


def f(a: 'int', b: 'List[int]', c: None = None, d: Annotated[int, 'meta'] = 0) -> 'Node':
    return Node()


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['d'])
print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(Leaf, include_extras=True) == get_type_hints(Leaf))


def g(x: 'Local') -> None:
    pass


class Local:
    pass


print(get_type_hints(g))
print(get_type_hints(g, localns={'Local': int}))
print(get_type_hints(g, {'Local': str}))
print(get_type_hints(lambda: 0), get_type_hints(len))
try:
    get_type_hints(3)
except TypeError as e:
    print(e)
try:
    def h(x: 'Missing'):
        pass
    get_type_hints(h)
except NameError as e:
    print(type(e).__name__, e)


class WithClassVar:
    count: typing.ClassVar[int] = 0
    name: Optional[str] = None


print(get_type_hints(WithClassVar))
print(get_type_hints(typing.get_type_hints), get_type_hints.__module__)

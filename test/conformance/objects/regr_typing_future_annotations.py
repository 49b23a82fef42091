# `from __future__ import annotations` in a typed program (the __future__ module did not exist
# at run time: ModuleNotFoundError), its features as CPython 3.11 records them, and typing used
# as such a program uses it: dataclasses with ClassVar/InitVar/Optional, get_type_hints of
# stringified annotations, Literal and an enum in match, overloads, runtime protocols, nested
# aliases, IntFlag/StrEnum, a recursive JSON alias, a TypeVar bound by name, NewType.
from __future__ import annotations
import dataclasses, typing, enum
from dataclasses import dataclass, field, InitVar
from typing import *

@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    price: Optional[float] = None
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.price = (self.price or 0) * scale
print(Item('a'), [f.name for f in dataclasses.fields(Item)], Item.count)
print(get_type_hints(Item))

@dataclass(frozen=True)
class P(Generic[typing.TypeVar('T')]):
    x: int
print(P(1), hash(P(1)) == hash(P(1)))

class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
def paint(c: Literal['r', 'g'] | Color) -> str:
    match c:
        case Color.RED | 'r':
            return 'red'
        case _:
            return 'other'
print(paint('r'), paint(Color.GREEN), get_type_hints(paint))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), len(typing.get_overloads(f)))

class Shape(Protocol):
    def area(self) -> float: ...
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen))

Vector = list[float]
Matrix = List[Vector]
def scale(m: Matrix, k: float) -> Matrix:
    return [[k * v for v in row] for row in m]
print(scale([[1.0]], 2), get_type_hints(scale))

class Flags(enum.IntFlag):
    A = 1
    B = 2
print(Flags.A | Flags.B, repr(Flags.A | Flags.B), Flags(3), list(Flags), Flags.A in (Flags.A | Flags.B))
class S(enum.StrEnum):
    X = enum.auto()
print(S.X, repr(S.X), S.X.upper(), f'{S.X}')
JSON = Union[str, int, float, bool, None, Dict[str, 'JSON'], List['JSON']]
print(JSON)
T = TypeVar('T', bound='Comparable')
print(T.__bound__)
print(typing.get_origin(Dict[str, int] | None), typing.get_args(Optional[Dict[str, int]]))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(typing.cast(List[int], [1]), typing.TYPE_CHECKING)
import __future__
print(__future__.annotations, __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names == __future__.__all__[1:], [hex(getattr(__future__, n).compiler_flag) for n in __future__.all_feature_names])
print(__future__.division.mandatory, Item.__annotations__)

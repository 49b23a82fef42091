# typing's class-making names: TypedDict, NamedTuple (class and call forms), NewType, Protocol with runtime_checkable, and the special forms that print.
from typing import TypedDict, NamedTuple, NewType, Protocol, runtime_checkable, List, Optional
import typing
class M(TypedDict, total=False):
    name: str
    year: int
m = M(name='x'); print(type(m), m, sorted(M.__required_keys__), sorted(M.__optional_keys__), M.__total__, M.__annotations__)
class Movie(TypedDict):
    title: str
print(Movie(title='t'), Movie.__required_keys__, typing.is_typeddict(Movie), typing.is_typeddict(dict))
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(P(1), P(1,2).norm(), P._fields, P.__annotations__, P._field_defaults, type(P).__name__, P.__bases__, P.__mro__)
p = P(3, 4)
a, b = p
print(a, b, p._replace(x=9), p._asdict(), P._make([5, 6]), p == (3, 4), isinstance(p, tuple))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e: print(e)
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)
@runtime_checkable
class C(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), C), isinstance(1, C))
try: C()
except TypeError as e: print(e)
class NP(Protocol):
    x: int
try: isinstance(1, NP)
except TypeError as e: print(e)
class Impl(NP):
    def __init__(self): self.x = 3
print(Impl().x)
Q = NamedTuple('Q', [('a', int)]); print(Q(3), Q.__annotations__)
R = NamedTuple('R', a=int, b=str); print(R(1, 'x'))
print(typing.Text is str, typing.Self, typing.Annotated[int, 'meta'] is not None, typing.AnyStr)
try:
    typing.assert_never(3)
except AssertionError as e: print(e)
try:
    typing.Nope
except AttributeError as e: print(e)
T = typing.TypeVar('T')
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
print(Box.__bases__[0].__name__)

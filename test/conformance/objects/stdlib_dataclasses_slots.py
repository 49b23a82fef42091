# dataclass(slots=True, weakref_slot=...): the class is made again with __slots__.
from dataclasses import dataclass, field, fields, asdict


@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p, p.norm(), P.__slots__, hasattr(p, '__dict__'), P.__qualname__, [f.name for f in fields(P)])
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)
print(asdict(p), P(1) == P(1), P.__match_args__, '__dict__' in P.__dict__)


@dataclass(slots=True)
class Q(P):
    z: int = 9


print(Q(1, 2, [], 3), Q.__slots__)


@dataclass(frozen=True, slots=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash(F(1)), f.__getstate__(), F.__slots__)
g = F.__new__(F)
g.__setstate__([5, 'q'])
print(g)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class W:
    v: int


print(W(1), W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class Bad:
        v: int
except TypeError as e:
    print(e)
try:
    @dataclass(slots=True)
    class Has:
        __slots__ = ('v',)
        v: int
except TypeError as e:
    print(e)
print(type(P).__name__, P.__name__, P.__module__)

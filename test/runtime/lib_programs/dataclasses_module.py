from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); q = Point(1)
print(p, q, p == Point(1, 2), p != q, asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = 'h'
cs = sorted([Card(3), Card(1, 's'), Card(1, 'c')])
print(cs, hash(Card(1)) == hash(Card(1)), Card(2) < Card(3))
try:
    cs[0].rank = 9
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
i = Inv('a', [1, 2]); print(i, i.count, Inv('b'))
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print(e)
@dataclass
class P3(Point):
    z: int = 9
print(P3(1, 2, 3), P3(4))

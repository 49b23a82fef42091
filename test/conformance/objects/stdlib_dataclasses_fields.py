# dataclasses: Field, field(hash=, metadata=, kw_only=), ClassVar and InitVar pseudo-fields,
# KW_ONLY and kw_only=, match_args, make_dataclass.
import dataclasses
from dataclasses import dataclass, field, fields, Field, InitVar, KW_ONLY, make_dataclass, asdict, astuple, replace
from typing import ClassVar, List


@dataclass
class Item:
    name: str
    price: float = field(default=1.0, metadata={'unit': 'EUR'})
    tags: List[str] = field(default_factory=list, repr=False, hash=False)
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.price = self.price * scale
        Item.count += 1


a = Item('a')
b = Item('b', 2.0, ['x'], 3.0)
print(a, b, Item.count)
print([f.name for f in fields(Item)])
print(sorted(Item.__dataclass_fields__))
f = fields(Item)[1]
print(isinstance(f, Field), f.name, f.type, f.default, f.metadata['unit'], type(f.metadata).__name__, f.kw_only)
print(f.hash, f.compare, fields(Item)[2].hash, f.init, f.repr)
try:
    f.metadata['unit'] = 'USD'
except TypeError as e:
    print(e)
print(fields(Item)[0].metadata, len(fields(Item)[0].metadata))
print(asdict(b), astuple(b))
print(Item.__match_args__)
print(Item.__dataclass_fields__['count'].type, Item.__dataclass_fields__['scale'].type)
print(InitVar[int], InitVar(List[int]).type, InitVar[int].type, repr(InitVar('x')))
try:
    Item('c', scale=None)
except TypeError as e:
    print(type(e).__name__, e)


# hash=, unsafe_hash
@dataclass(frozen=True)
class P:
    x: int
    y: int = field(hash=False)
    z: int = field(default=0, compare=False)


print(hash(P(1, 2)) == hash(P(1, 3)), P(1, 2) == P(1, 2, 5), P(1, 2) == P(1, 3))


# KW_ONLY and kw_only
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


k = K(1, 2, b=5)
print(k, K.__match_args__)
for args, kw in (((1,), {}), ((1, 2, 3), {'b': 1}), ((), {'b': 1}), ((1, 2, 3), {}), ((1,), {'a': 2}),
                 ((1,), {'b': 1, 'e': 0})):
    try:
        K(*args, **kw)
    except TypeError as e:
        print(e)


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 0
    z: int = field(kw_only=False, default=9)


print(AllKw(x=1), AllKw(5, x=2), AllKw.__match_args__, fields(AllKw)[0].kw_only)
for args in ((1, 2), (1,)):
    try:
        AllKw(*args)
    except TypeError as e:
        print(e)
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item('a', 1, [], 2, 3)
except TypeError as e:
    print(e)


@dataclass
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int = field(kw_only=True)
    z: int = 1


print(Derived(y=2), Derived(5, 6, y=7))
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: ClassVar[int] = field(default_factory=list)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print(e)


class Unhashable:
    __hash__ = None


try:
    @dataclass
    class MutDefault:
        u: Unhashable = Unhashable()
except ValueError as e:
    print(e.args[0].split(' for ')[1])


@dataclass
class StrAnn:
    a: 'ClassVar[int]' = 5
    b: 'InitVar[int]' = 2
    c: 'int' = 3

    def __post_init__(self, b):
        self.c += b


print([f.name for f in fields(StrAnn)], StrAnn(), StrAnn(c=1, b=10))


@dataclass
class NotInit:
    a: int
    b: int = 5
    c: list = field(init=False, default_factory=list)
    d: int = field(init=False, default=7)


n = NotInit(1)
print(n, sorted(vars(n)))
try:
    replace(n, d=3)
except ValueError as e:
    print(e)
print(replace(n, b=6))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))

# make_dataclass
Point = make_dataclass('Point', ['x', ('y', int), ('z', list, field(default_factory=list))])
print(Point(1, 2), Point.__name__, Point.__annotations__)
print([(f.name, f.type) for f in fields(Point)])
@dataclass(frozen=True)
class FrozenBase:
    x: int = 0


C = make_dataclass('C', [('a', int, field(default=1))], bases=(FrozenBase,), namespace={'double': lambda self: self.a * 2},
                   frozen=True, order=True)
c = C(3, 4)
print(c, c.double(), C(0, 1) < C(0, 2), issubclass(C, Base))
try:
    c.a = 9
except dataclasses.FrozenInstanceError as e:
    print(e)
for base, frozen in ((Base, True), (FrozenBase, False)):
    try:
        make_dataclass('Mixed', ['m'], bases=(base,), frozen=frozen)
    except TypeError as e:
        print(e)
class Plain(FrozenBase):
    pass
try:
    @dataclass
    class Sub(Plain):
        q: int = 0
except TypeError as e:
    print(e)
KW = make_dataclass('KW', ['p', 'q'], kw_only=True)
print(KW(q=1, p=2))
for bad in (['a', 'a'], ['class'], ['not valid'], [('a', int, None, 1)], [3]):
    try:
        make_dataclass('X', bad)
    except TypeError as e:
        print(e)
print(make_dataclass.__module__, repr(KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE object'))

# @dataclass keeps the methods a class body defines (__init__, __repr__, __eq__), refuses to
# overwrite __lt__.../__setattr__/__hash__ where CPython does, hashes as hash(tuple of fields), and
# asdict/astuple take dict_factory/tuple_factory, rebuild containers by type and deep-copy the rest.
from dataclasses import dataclass, fields, asdict, astuple
@dataclass
class C:
    x: int
    def __eq__(self, other):
        return other == 3
print(C(1) == 3, C(1) == C(1))
@dataclass
class D:
    x: int
    def __repr__(self): return 'mine'
print(repr(D(1)))
@dataclass
class E:
    x: int
    def __init__(self, x): self.x = 2 * x
print(E(3).x)
@dataclass(frozen=True)
class F:
    i: int
print(hash(F(1)) == hash((1,)), hash(F(1)))
@dataclass(eq=True)
class G:
    i: int
print(G.__hash__)
@dataclass(unsafe_hash=True)
class H:
    i: int
print(hash(H(5)) == hash((5,)))
try:
    @dataclass(unsafe_hash=True)
    class I:
        i: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class J:
        i: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class K:
        i: int
        def __setattr__(self, n, v): pass
except TypeError as e:
    print(e)
print(asdict(D(1), dict_factory=lambda kv: sorted(kv)), astuple(D(1), tuple_factory=list))
@dataclass
class L:
    x: int
    def __hash__(self): return 77
print(hash(L(1)))
from collections import namedtuple
P = namedtuple('P', 'a b')
@dataclass
class N:
    p: P
    l: list
    d: dict
    t: tuple
n = N(P(1, [2]), [N(P(0, 0), [], {}, ())], {'k': (1, 2)}, (3,))
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=list))
for args in [(A := D,), (1,), ()]:
    try:
        asdict(*args)
    except TypeError as e:
        print(e)
try:
    asdict(D(1), dict)
except TypeError as e:
    print(e)
x = [1]
@dataclass
class M:
    v: list
m = M(x)
print(asdict(m)['v'] is x, astuple(m)[0] is x, asdict(m)['v'] == x)
@dataclass(eq=False)
class Q:
    i: int
print(Q.__hash__ is object.__hash__)
@dataclass(frozen=True, eq=False)
class R:
    i: int
print(R.__hash__ is object.__hash__)
@dataclass(frozen=True)
class S:
    i: int
    def __hash__(self): return 9
print(hash(S(1)))

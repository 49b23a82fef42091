# dataclasses.__all__ as CPython's: `from dataclasses import *` brings make_dataclass (a lazily
# loaded attribute in pyvm) with the rest (CPython's test_dataclasses imports it so).
from dataclasses import *
import dataclasses

print(dataclasses.__all__)
P = make_dataclass('P', ['x', ('y', int), ('z', int, field(default=3))], frozen=True)
p = P(1, 2)
print(p, fields(p)[2].default, is_dataclass(P), asdict(p), astuple(replace(p, x=5)))
try:
    p.x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir() if not n.startswith('_')))

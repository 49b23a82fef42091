# hash(x) and x.__hash__() give the same exact 64-bit value for built-in numbers and tuples
# (values beyond 2**53 were rounded by the __hash__ method), subclass instances included.
from collections import namedtuple

big = 1100 ** 1248
values = [big, -big, 2 ** 61 - 2, 2 ** 61, -(2 ** 64) + 7, 2.5e300, -1e-300, 1.5, float('inf'),
          3 + 4j, 1e300 - 2e300j, True, (1, 2 ** 70), ((big, 2.5), -3), (), (1.0,)]
for v in values:
    h = hash(v)
    print(type(v).__name__, h, v.__hash__() == h, type(v).__hash__(v) == h)

class T(tuple):
    pass

class I(int):
    pass

class F(float):
    pass

P = namedtuple('P', 'x y')
for v in [T((big, 1)), I(big), F(2.5e300), P(big, 2 ** 80)]:
    print(type(v).__name__, hash(v), v.__hash__() == hash(v), tuple.__hash__(v) if isinstance(v, tuple) else int.__hash__(v) if isinstance(v, int) else float.__hash__(v))

class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

# A __hash__ returning an int beyond a C long is reduced as hash(int); inside a tuple too.
for h in [5, -1, 2 ** 63, -(2 ** 63) - 1, big]:
    print(hash(H(h)), hash((H(h), 1)) == hash((hash(H(h)), 1)))
print(int.__hash__(True), hash(True), hash(1) == hash(1.0) == hash(1 + 0j))

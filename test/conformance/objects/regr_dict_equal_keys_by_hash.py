# A str or number key meets an equal key of another type with the same hash (CPython finds it
# by hash): 0.5 and Fraction(1, 2), 100.0 and a class delegating __eq__/__hash__ to a float,
# 0.5 and 0.5+0j; in sets and dicts, either one first; lookups, pop, discard.
from fractions import Fraction
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return o == self.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'N({self.v!r})'
for a, b in [(100.0, N(100.0)), (0.5, Fraction(1, 2)), (0.5, N(0.5)), (-1, N(-1)), (-1.0, N(-1)), (2.0 ** 70, N(2 ** 70)), (True, N(1)), ('s', N('s')), (1e300, N(1e300)), (float('nan'), N(0))]:
    for x, y in [(a, b), (b, a)]:
        s = {x}; s.add(y)
        d = {x: 1}; d[y] = 2
        print(repr(x), repr(y), len(s), d, y in s, y in d, d.get(y), x in {y}, s == {x}, sorted(map(repr, s)))
s = {0.5, 'a', 3}
s.add(N(0.5)); s.remove(0.5); print(N(0.5) in s, 0.5 in s, sorted(map(repr, s)))
d = {}
d[N('k')] = 1; d[0.25] = 2; d[N(0.25)] = 3; d['k'] = 4; print(d)
d2 = {i / 2: i for i in range(10)}; print(N(1.5) in d2, d2[N(2.5)], d2.pop(N(3.5)), len(d2))
print(len({0.5, 0.5 + 0j}), len({0.5 + 0j, 0.5}), {0.5: 1, 0.5 + 0j: 2}, {1: 1, 1 + 0j: 2}, len({(1,), frozenset(), b''}))
d3 = {0.25 + 0j: 'c'}; d3[0.25] = 'f'; print(d3, d3.pop(0.25), d3)
s3 = {2.5, 'x'}; s3.discard(2.5 + 0j); print(s3)

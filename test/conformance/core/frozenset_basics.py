# frozenset: hashable, usable as a key and a set element, immutable.
f = frozenset([1, 2, 3])
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), type(f | g).__name__, type({1} | f).__name__)
d = {f: 'found'}
print(d[frozenset((3, 2, 1))], f in {f}, hash(f) == hash(frozenset([3, 1, 2])))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(f == {1, 2, 3}, frozenset() == set())

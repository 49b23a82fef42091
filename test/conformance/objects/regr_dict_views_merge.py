# dict views compared as CPython's dictview_richcompare (sizes, then containment: an items
# view's values are compared, never hashed), dict.update/dict() of a dict subclass that
# iterates its own way, mutation of the merged dict, setdefault's single hash and compare,
# set.update from a set its members mutate (found by CPython's test_dict and test_set).

class Boom:
    def __eq__(self, other):
        raise RuntimeError('eq called')

d1 = {1: Boom()}
d2 = {1: Boom()}
for expr in ('d1.items() == d2.items()', 'd1.items() != d2.items()',
             'd1.items() <= d2.items()', 'd1.items() >= d2.items()'):
    try:
        print(expr, eval(expr))
    except RuntimeError as e:
        print(expr, 'RuntimeError', e)
d3 = {1: Boom(), 2: Boom()}
for expr in ('d2.items() < d3.items()', 'd3.items() > d2.items()', 'd3.items() < d2.items()'):
    try:
        print(expr, eval(expr))
    except RuntimeError as e:
        print(expr, 'RuntimeError', e)

# Unhashable values compare by value.
a = {'x': [1, 2], 'y': {'k': []}}
b = {'y': {'k': []}, 'x': [1, 2]}
c = {'x': [1, 3], 'y': {'k': []}}
print(a.items() == b.items(), a.items() != b.items(), a.items() == c.items())
print(a.items() <= b.items(), a.items() < b.items(), {'x': [1, 2]}.items() < a.items())
print(a.items() >= {'x': [1, 2]}.items(), a.items() > {'x': [1, 2]}.items())
print(a.keys() == b.keys(), a.keys() == {'x', 'y'}, {'x', 'y'} == a.keys(), a.keys() < {'x', 'y', 'z'})
print(a.keys() == ['x', 'y'], a.keys() != ('x', 'y'), a.items() == a.values(), a.keys() == a.keys())
print({'x', 'y'} >= a.keys(), frozenset({('x', 1)}) == {'x': 1}.items())
try:
    a.keys() < ['x']
except TypeError as e:
    print('TypeError', e)
print({1: 2}.items() == {(1, 2)}, {(1, [2])} if False else 'skip')
print(sorted(k for k in a.keys() & {'x', 'q'}), a.keys() - {'x'}, a.keys() | {'z'} == {'x', 'y', 'z'})

# dict(d) and update(d) of a subclass that overrides __iter__ go through keys() and [].
pairs = [('a', 1), ('b', 2), ('c', 3)]
class Plain(dict):
    pass
class Rev(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self):
        return reversed(dict.items(self))
class Got(dict):
    def __iter__(self):
        return iter(['c', 'a'])
    def keys(self):
        return ['c', 'a']
    def __getitem__(self, k):
        return 'got ' + k
print(list(dict(Plain(pairs)).items()))
print(list(dict(Rev(pairs)).items()))
print(dict(Got(pairs)))
u = {'z': 0}
u.update(Rev(pairs))
print(u)
print({**Rev(pairs)}, {**Got(pairs)})
print(dict(Got(pairs), q=1), Got(pairs) | {'x': 1})

# A key's __eq__ that mutates the dict being merged.
class Clearer:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict((i, 0) for i in range(1, 50))
other[Clearer()] = 0
d = {Clearer(): 0, 1: 1}
try:
    d.update(other)
    print('no error')
except RuntimeError as e:
    print('RuntimeError', e, len(other))
class Adder:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        other['new'] = 1
        return False
other = {Adder(): 1, 'k': 2}
d = {Adder(): 0}
try:
    d.update(other)
    print('no error')
except RuntimeError as e:
    print('RuntimeError', e)
other = {1: 1, 2: 2}
d = {}
d.update(other)
print(d)

# setdefault hashes and compares once.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h2, 'x'), h2.hash_count, h1.eq_count + h2.eq_count)
h3 = Hashed()
z = {'a': 1}
print(z.setdefault(h3), h3.hash_count, z.setdefault('a', 2), z.setdefault('b', 3), len(z), list(z.values()))
print(z.setdefault((1, 2), 'tup'), z.setdefault((1, 2)), len(z))
try:
    z.setdefault([], 1)
except TypeError as e:
    print('TypeError', e)

# set.update from a set that a member's __eq__ clears: no error.
class SetClearer:
    def __hash__(self):
        return hash(0)
    def __eq__(self, o):
        src.clear()
        return False
src = set()
src = {SetClearer() for i in range(10)}
s = {0}
s.update(src)
print(len(s) >= 2, len(src))
s = {1, 2}
s.update({2, 3}, frozenset([4]), [5], 'ab')
print(sorted(map(str, s)))
s.update(s)
print(len(s))

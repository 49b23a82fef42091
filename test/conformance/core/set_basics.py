# sets of ints: creation, add, remove, discard, operators.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a == {4, 3, 2, 1})
print(set(), set([1, 1, 2]), {0}, set(range(3)))
try:
    s.remove(99)
except KeyError as e:
    print(e)

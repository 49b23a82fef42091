# set methods: union, intersection, difference, update variants, pop, copy.
a = {1, 2, 3}
print(sorted(a.union([4], (5,))), sorted(a.intersection({2, 3, 9})), sorted(a.difference({1})))
print(sorted(a.symmetric_difference({3, 4})), a.issubset(range(10)), a.issuperset([1]))
b = a.copy()
b.update({7, 8})
b.intersection_update({1, 7, 8})
b.difference_update({8})
print(sorted(b), sorted(a))
c = {5}
x = c.pop()
print(x, c)
c |= {1}
c &= {1, 2}
c -= {2}
print(c)

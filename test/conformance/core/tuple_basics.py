# Tuples: packing, unpacking, indexing, methods, reprs.
t = 1, 2, 3
print(t, (1,), (), tuple([4, 5]), tuple('ab'))
a, b, c = t
print(a, b, c, t[1], t[-1], t[::-1], len(t))
print(t.index(2), t.count(3), t + (4,), t * 2, 2 in t)
print((1, 2) < (1, 2, 3), (2,) > (1, 99), ((1, 2), (3,)))
x, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
first, *mid, end = range(5)
print(x, rest, init, last, first, mid, end)

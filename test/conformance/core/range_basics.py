# range: len, indexing, slicing, containment, repr, negative steps.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)))
print(len(range(10 ** 20)), range(10 ** 20)[-1], range(-5, 5).index(0), r.count(8))
print(range(3) == range(0, 3), range(0) == range(5, 1), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
range(3)[5]

# range objects with huge bounds: slicing, indexing, containment, reversed.
r = range(10 ** 20)
print(r[::10 ** 19], r[-1], r[10 ** 19], r[::3][-1], 10 ** 19 + 5 in r, -1 in r)
s = range(-10 ** 18, 10 ** 18, 7 * 10 ** 16)
print(len(s), s[3], s.index(s[5]), list(s[:3]), list(reversed(s))[:2])
print(range(0, 10 ** 15, 10 ** 14) == range(0, 10 ** 15 - 1, 10 ** 14), hash(range(3)) == hash(range(0, 3)))

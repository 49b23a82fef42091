a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
first, *middle, last = range(6)
print(a, b, c, d, e, first, middle, last)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, ys)

# Chained assignment, swaps, nested unpacking.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'mn'
print(m, n)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
first, *_ = range(3)
print(first, _)

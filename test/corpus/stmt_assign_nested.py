(a, (b, c)) = x
[a, [b, *c]] = y
a, (b, [c, d]) = e
x = y = z = (1, 2)

# Generator expressions: early evaluation of the first iterable, late binding of the rest.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8]
print(list(g))
n = 1
g2 = (x + n for x in range(3))
n = 100
print(list(g2))
print(sum(x for x in range(10) if x % 2), any(c.isdigit() for c in 'ab3'))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

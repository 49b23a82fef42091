# The list comprehension, filters, nested loops, expressions.
print([x * x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([c.upper() for c in 'hello' if c not in 'l'])
print([[j for j in range(i)] for i in range(4)])
print([n for row in [[1, 2], [3], []] for n in row])
print([i if i % 2 else -i for i in range(6)])

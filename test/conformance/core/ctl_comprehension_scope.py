# Comprehension variables do not leak; the outermost iterable is evaluated in the enclosing scope.
x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a * b for a in range(3) for b in range(3) if a != b])

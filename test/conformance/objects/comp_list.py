# List comprehensions: nested, with conditions, with function calls and unpacking.
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
print(pairs)
print([s.strip().title() for s in ['  ann ', 'bob  '] if s.strip()])
print([[c * r for c in range(1, 4)] for r in range(1, 4)])
print([k + str(v) for k, v in {'a': 1, 'b': 2}.items()])
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])

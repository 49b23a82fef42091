# dict and set comprehensions; ordering of dict comprehensions follows iteration.
print({x: x ** 2 for x in range(6) if x != 3})
print({c: i for i, c in enumerate('hello')})
print(sorted({c for c in 'mississippi' if c != 's'}))
print({(a, b): a * b for a in range(2) for b in range(2)})
words = ['one', 'two', 'three', 'four']
print({len(w): w for w in words})

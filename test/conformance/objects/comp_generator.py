# Generator expressions as arguments and nested in comprehensions.
print(sum(i * i for i in range(10)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
print(dict((k, v) for k, v in zip('abc', range(3))), list(x for x in range(3)))
print([sum(1 for _ in range(n)) for n in range(5)])
print(sorted((y for y in 'python'), reverse=True), ''.join(c for c in 'a1b2' if c.isalpha()))

# set comprehensions over ints (printed sorted).
print(sorted({x % 5 for x in range(20)}), sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
s = {i * i for i in range(-3, 4)}
print(sorted(s), len(s), 9 in s, {n for n in []})

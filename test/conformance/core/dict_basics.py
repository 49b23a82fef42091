# dict creation, access, update, deletion, len, in.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'c' in d, 'z' in d, 10 in d)
del d['b']
print(d)
print(dict(x=1, y=2), dict([('k', 'v')]), dict({'a': 1}, b=2), dict(zip('ab', range(2))), {})
e = {i: i * i for i in range(5)}
print(e, list(e), list(e.values()))

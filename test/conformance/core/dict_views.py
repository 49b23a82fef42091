# dict views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
d['d'] = 4
print(len(k), list(k), list(v), list(it))
print(sorted(k & {'a', 'c', 'z'}), sorted(k - {'a'}), 'a' in k, ('a', 1) in it, 4 in v)
print(k == {'a', 'b', 'c', 'd'})

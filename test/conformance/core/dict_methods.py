# get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {'x': 1, 'y': 2}
print(d.get('x'), d.get('z'), d.get('z', 0), d.setdefault('z', 3), d.setdefault('x', 9))
print(d.pop('y'), d.pop('nope', 'dflt'), d)
d.update({'w': 4}, v=5)
d.update([('u', 6)])
print(d, d.popitem(), d)
print(d.keys(), d.values(), d.items())
c = d.copy()
d.clear()
print(d, c, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(list(reversed({'a': 1, 'b': 2})), {'a': 1} | {'b': 2})

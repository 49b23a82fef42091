# dict |=, ==, reversed views, copy independence and comparisons.
a = {'x': 1, 'y': 2}
b = a.copy()
b['z'] = 3
a |= {'w': 0, 'x': 10}
print(a, b, a == {'w': 0, 'x': 10, 'y': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
try:
    a < b
except TypeError as e:
    print(e)
print(dict.fromkeys(range(3), []), len({**a, **b}), {1: 'a'}.get(1.0), {(1, 2): 0}.get((1.0, 2.0)))

# KeyError messages and unhashable keys.
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print(repr(e), e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    for k in d:
        d[k + 'x'] = 1
except RuntimeError as e:
    print(e)
d[(1, 2)]

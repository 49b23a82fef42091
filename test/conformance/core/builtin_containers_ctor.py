# list, tuple, dict, set, frozenset constructors from iterables.
print(list(range(3)), tuple({'a': 1}), dict([(1, 2), [3, 4]]), set('aab') == {'a', 'b'}, frozenset([1, 1]))
print(list(x * 2 for x in range(3)), tuple(reversed([1, 2])), dict({1: 2}.items()))
print(list({3: 0, 1: 0}), dict(a=1, **{'b': 2}))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)

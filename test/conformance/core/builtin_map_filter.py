# map with several iterables, filter with None, laziness.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b: a * b, 'ab', [3, 2, 1])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isupper, 'aBcD')))
m = map(lambda x: print('computing', x) or x, [1, 2])
print('before')
print(next(m))
print(list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)

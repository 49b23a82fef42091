# enumerate with start; zip of unequal lengths and several iterables.
print(list(enumerate('abc')), list(enumerate(['x', 'y'], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip(range(3), range(10, 13), 'xyz')))
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
names = ['a', 'b']
vals = [1, 2]
print(dict(zip(names, vals)))
pairs = [(1, 'one'), (2, 'two')]
nums, words = zip(*pairs)
print(nums, words)

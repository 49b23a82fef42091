# reversed on sequences; sorted of various iterables.
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted({3: 'a', 1: 'b'}), sorted((3, 1, 2), reverse=True), sorted(x % 3 for x in range(7)))
print(sorted([[2, 1], [1, 2], [1]]), sorted(['b', 'a'], key=None))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)

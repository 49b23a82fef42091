# itertools.chain, chain.from_iterable, islice, takewhile, dropwhile, accumulate.
from itertools import chain, islice, takewhile, dropwhile, accumulate
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 5)), list(islice(range(100), 0, 20, 6)))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))

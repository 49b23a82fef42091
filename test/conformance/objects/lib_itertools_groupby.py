# itertools.groupby, zip_longest, starmap, filterfalse, compress, tee.
from itertools import groupby, zip_longest, starmap, filterfalse, compress, tee
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(list(zip_longest('abc', [1], fillvalue='-')), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))

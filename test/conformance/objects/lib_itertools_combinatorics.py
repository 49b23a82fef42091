# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)))
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)))
print(list(combinations(range(4), 2)), list(combinations('abc', 3)), list(combinations([], 1)))
print(list(combinations_with_replacement('ab', 2)), len(list(permutations(range(6)))))

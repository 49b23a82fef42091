# itertools pairwise, batched-free chunking with islice, and permutation-based search.
from itertools import pairwise, islice, permutations
print(list(pairwise('abcd')), list(pairwise([1])))
def chunks(it, n):
    it = iter(it)
    while True:
        c = list(islice(it, n))
        if not c:
            return
        yield c
print(list(chunks(range(10), 4)))
best = min(permutations([3, 1, 2, 4]), key=lambda p: sum(abs(a - b) for a, b in zip(p, p[1:])))
print(best)

import itertools as it
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
print(list(it.islice(it.count(10, 2), 5)), list(it.islice('abcdefg', 1, 6, 2)), list(it.repeat('x', 3)), it.count(3))
print(list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3, 4])))
print(list(it.product('ab', repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations('abcd', 2)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.zip_longest([1, 2, 3], 'ab', fillvalue='-')))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise('abc')))
a, b = it.tee([1, 2, 3]); print(list(a), list(b), list(it.compress('abc', [1, 0, 1])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.islice(it.cycle('ab'), 5)))
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 0))
p = partial(int, base=2); print(p('101'), p)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello():
    "doc"
    return 1
print(hello.__name__, hello.__doc__, hello())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

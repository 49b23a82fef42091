# functools.cache / lru_cache on recursive functions and on methods with keyword arguments.
from functools import lru_cache, cache
@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths(30, 30))
@lru_cache(maxsize=128)
def kw(a, b=2):
    print('compute', a, b)
    return a * b
print(kw(3), kw(3), kw(3, b=2), kw(a=3), kw.cache_info().hits)

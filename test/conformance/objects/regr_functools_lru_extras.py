# functools: _CacheInfo is cache_info()'s type, RLock is _thread's, and an lru_cache wrapper
# reduces to its qualified name (pickled by reference) and copies as itself (CPython's test_functools TestLRU).
import copy
import functools


@functools.lru_cache(maxsize=10)
def square(x):
    return x * x


square(2), square(2), square(3)
info = square.cache_info()
print(info, type(info) is functools._CacheInfo, functools._CacheInfo.__module__, functools._CacheInfo.__name__)
print(info == functools._CacheInfo(hits=1, misses=2, maxsize=10, currsize=2))
lock = functools.RLock()
with lock:
    print('locked', type(lock).__name__)
print(copy.copy(square) is square, copy.deepcopy(square) is square)
print(square.__reduce__())


class C:
    @functools.lru_cache
    def m(self, x):
        return x


print(C.m.__reduce__())
print(functools.lru_cache(lambda x: x).__reduce__())

# bisect over sequences longer than 2**31 (and 2**53): the midpoint in 32-bit arithmetic looped
# for ever (CPython's test_bisect test_large_range).
import bisect, sys
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i
for n in (2**31 + 10, 2**40, 2**60):
    s = Seq(n)
    print(bisect.bisect_left(s, n - 3, 0, n), bisect.bisect_right(s, n - 3, 0, n), bisect.bisect_left(s, 5, 0, n))
    print(bisect.bisect_left(s, n - 3, n - 10, n), bisect.bisect_right(s, 2**30, 0, n))
print(bisect.bisect_left([1, 2, 4, 4, 8], 4), bisect.bisect_right([1, 2, 4, 4, 8], 4), bisect.bisect([], 1))
L = [1, 3, 5]
bisect.insort(L, 4); bisect.insort_left(L, 1, key=None); print(L)

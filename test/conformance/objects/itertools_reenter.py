# An itertools iterator whose source calls next() on it again (CPython's test_pairwise_reenter):
# pyvm's generator-based iterators cannot resume there; it is a Python exception, not a crash.
from itertools import pairwise, accumulate
class I:
    count = 0
    def __iter__(self): return self
    def __next__(self):
        self.count += 1
        if self.count == 2:
            try:
                return next(it)
            except RuntimeError:
                return ['re-entered']
        if self.count > 5:
            raise StopIteration
        return [self.count]
it = pairwise(I())
print(type(next(it)).__name__)
print(list(pairwise('abcd')), list(accumulate([1, 2, 3])))
from itertools import tee
class J:
    def __iter__(self): return self
    def __next__(self):
        return next(a)
a, b = tee(J())
try:
    next(a)
except RuntimeError as e:
    print('RuntimeError', e)
x, y = tee(iter([1, 2, 3]))
print(next(x), list(y), list(x))

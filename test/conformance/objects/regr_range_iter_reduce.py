# range and longrange iterators' __reduce__ / __setstate__ as CPython 3.11's rangeiter_reduce and
# longrangeiter_reduce: (iter, (the range,), items produced), the state an index into the range,
# clipped (found by CPython's test_range: its 140 pickling errors).
it = iter(range(1, 10, 3)); next(it); print(it.__reduce__()); it.__setstate__(1); print(list(it), it.__reduce__())
it = iter(range(2**64, 2**64+10, 3)); next(it); print(it.__reduce__()); it.__setstate__(1); print(list(it), it.__reduce__())
it = iter(range(10)); it.__setstate__(-3); print(next(it)); it.__setstate__(100); print(list(it), it.__length_hint__())
it = iter(range(2**64)); it.__setstate__(2**63); print(next(it), it.__length_hint__() == 2**64 - 2**63 - 1)
try: iter(range(3)).__setstate__('a')
except TypeError as e: print(e)
try: iter(range(3)).__setstate__(2**70)
except OverflowError as e: print(e)
it = iter(range(2**64, 2**64+10)); it.__setstate__(-5); print(next(it)); it.__setstate__(2**70); print(list(it)); print(it.__reduce__())
try: iter(range(2**64)).__setstate__('a')
except TypeError as e: print(e)
it=iter(range(0)); print(it.__reduce__())
it=iter(range(5, -5, -2)); next(it); next(it); print(it.__reduce__(), list(it), it.__reduce__())
it = iter(range(2**32 + 2)); print(it.__reduce__()[2]); it.__setstate__(2**32 + 1); print(it.__reduce__()[2], next(it))
f, a, st = iter(range(3, 30, 4)).__reduce__(); n = f(*a); n.__setstate__(2); print(list(n))
it = iter(range(3)); it.__setstate__(True); print(list(it))

# A class that loses its __next__ while iterated or after: CPython keeps a tp_iternext that
# raises (_PyObject_NextNotImplemented), so FOR_ITER says 'not iterable', next() 'not an
# iterator' and iter() 'returned non-iterator'; pyvm crashed here (test_iter.test_3720).
class BadIterator(object):
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1

try:
    for i in BadIterator():
        print("got", i)
except TypeError as e:
    print("TypeError:", e)

class B2:
    def __iter__(self): return self
    def __next__(self): return 2
b = B2()
print(next(b))
del B2.__next__
try:
    next(b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(list(b))
except TypeError as e:
    print("TypeError:", e)
class B3(B2):
    pass
try:
    next(B3())
except TypeError as e:
    print("TypeError:", e)
B2.__next__ = lambda self: 5
print(next(b), next(B3()))

# StopIteration from next() propagates as an uncaught exception.
it = iter([1])
print(next(it))
next(it)

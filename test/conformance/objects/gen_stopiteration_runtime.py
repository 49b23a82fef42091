# A StopIteration escaping a generator becomes RuntimeError (PEP 479).
def g():
    yield 1
    next(iter([]))
try:
    list(g())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
def h():
    raise StopIteration('x')
    yield
list(h())

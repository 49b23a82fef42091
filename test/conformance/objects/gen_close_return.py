# close() on a generator that returns in its finally; generator with return before yield.
def g():
    try:
        yield 1
    finally:
        print('finally runs on close')
x = g()
next(x)
print(x.close())
def empty():
    return 'nothing'
    yield
print(list(empty()))
try:
    next(empty())
except StopIteration as e:
    print('value', e.value)

# Generator functions: lazy execution, StopIteration at the end, state between yields.
def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print(type(g).__name__, 'created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))

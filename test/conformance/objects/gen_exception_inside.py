# An exception raised inside a generator propagates to the consumer and finishes it.
def g():
    yield 1
    raise ValueError('inside generator')
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
print(next(it, 'exhausted'))
def bad():
    yield 1
    1 / 0
for v in bad():
    print('value', v)

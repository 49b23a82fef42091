# throw() raises inside the generator at the paused yield.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('generator caught', e)
        yield 'recovered'
    yield 'after'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
def h():
    yield 1
it2 = h()
next(it2)
try:
    it2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(it2))

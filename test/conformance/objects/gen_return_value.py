# return in a generator sets StopIteration.value; yield from returns it.
def inner():
    yield 'a'
    yield 'b'
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield r.upper()
print(list(outer()))
g = inner()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)

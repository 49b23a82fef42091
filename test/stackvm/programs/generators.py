def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return 'done'
g = count(5)
print(next(g), next(g), g.send(3), list(g))
def deleg():
    r = yield from count(3)
    print('inner returned', r)
    yield r
print(list(deleg()))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
c = catcher(); next(c); c.throw(ValueError('boom')); c.close()
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
f = fin(); print(next(f)); f.close()
print(sum(x * x for x in range(10)))
def outer():
    try:
        yield from catcher()
    finally:
        print('outer finally')
o = outer(); next(o); o.throw(ValueError('through')); o.close()
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
try:
    next(gen)
except StopIteration as e:
    print('stop', e.value)

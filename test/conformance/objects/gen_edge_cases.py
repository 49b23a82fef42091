# Generator edge cases: re-entrancy, send through yield from a plain iterator, throw forms.
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
def delegate():
    yield from [1, 2, 3]
d = delegate()
print(next(d))
try:
    d.send('x')
except AttributeError as e:
    print('AttributeError:', e)
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(KeyError, 'a')
c.throw(ValueError('b'))
c.throw(IndexError)
c.close()
print(list(c))
def finished():
    yield 1
f = finished()
list(f)
try:
    f.throw(RuntimeError('after end'))
except RuntimeError as e:
    print('raised at caller:', e)

# throw() and close() are forwarded through yield from.
def inner():
    try:
        while True:
            v = yield
            print('inner got', v)
    except ValueError as e:
        print('inner handled', e)
        yield 'inner after error'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'outer continues'
o = outer()
next(o)
o.send(1)
print(o.throw(ValueError('forwarded')))
print(next(o))
o2 = outer()
next(o2)
o2.close()
print('closed')

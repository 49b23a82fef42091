# Generators with try/except around yield, exceptions thrown in, and loops resuming after handling.
def resilient():
    n = 0
    while n < 5:
        try:
            got = yield n
            if got == 'skip':
                n += 2
                continue
        except ValueError as e:
            print('recovered from', e)
            n += 10
        finally:
            print('tick', n)
        n += 1
g = resilient()
print(next(g))
print(g.send(None))
print(g.send('skip'))
print(g.throw(ValueError('oops')) if False else 'no throw')
print(list(g))

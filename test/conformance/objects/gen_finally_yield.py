# yield inside try/finally; returning from a generator in the middle of a with/finally.
def g():
    try:
        yield 'a'
        try:
            yield 'b'
        finally:
            print('inner finally')
        yield 'c'
    finally:
        print('outer finally')
print(list(g()))
it = g()
print(next(it), next(it))
it.close()
def early():
    try:
        yield 1
        return 'early'
    finally:
        print('cleanup early')
e = early()
print(next(e))
try:
    next(e)
except StopIteration as s:
    print('stop', s.value)

# close() raises GeneratorExit inside; finally blocks run; ignoring it is a RuntimeError.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
print(list(it))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
new = g()
new.close()
print('closing an unstarted generator runs nothing')

# yield used inside expressions, calls and data structures; send() values land in place.
def g():
    a = (yield 'first') + 1
    b = [(yield 'second'), (yield 'third')]
    c = {'k': (yield 'fourth')}
    d = max((yield 'fifth'), a)
    return a, b, c, d
it = g()
print(next(it))
print(it.send(10))
print(it.send('x'))
print(it.send('y'))
print(it.send('z'))
try:
    it.send(5)
except StopIteration as e:
    print('result', e.value)

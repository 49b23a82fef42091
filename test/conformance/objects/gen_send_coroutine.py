# A generator used as a coroutine: averaging and a simple state machine.
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 5):
    print(a.send(v))
def parser():
    while True:
        key = yield
        val = yield
        print(f'{key} = {val}')
p = parser()
next(p)
for tok in ['a', 1, 'b', 2]:
    p.send(tok)

# send() delivers values into a generator; the first send must be None.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accumulator()
print(next(a), a.send(5), a.send(10), a.send(-3))
try:
    a.send(None)
except StopIteration as e:
    print('returned', e.value)
b = accumulator()
try:
    b.send(1)
except TypeError as e:
    print(e)

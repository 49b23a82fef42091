def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i is not None:
            total += i * 2
        else:
            total -= 1
    x, y = 1, 2
    x, y = y, x
    return total + x

class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def gen(n):
    for i in range(n):
        yield i
    yield from [1, 2]

def tryit(d):
    try:
        return d['x']
    except KeyError as e:
        return str(e)
    finally:
        print('done')

def clos():
    a = 1
    def inner(b=2, *, c=3):
        return a + b + c
    with open('x') as f:
        pass
    return inner(b=5)

print(fib(20), loop(10), A(3).get(), list(gen(3)), tryit({}), [i*i for i in range(4)], f"{1+2:>3}")

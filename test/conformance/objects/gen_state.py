# gi_running/gi_frame-free state checks via repeated next and exhausted generators.
def g():
    yield 1
it = g()
print(next(it, 'x'), next(it, 'x'), next(it, 'x'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))

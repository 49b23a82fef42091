def g():
    x = yield
    while x:
        x = yield x * 2
    y = yield from range(3)
    z = [(yield) for _ in ()] if False else 0
    return y

# Values sent through yield from reach the innermost generator; return values bubble up.
def leaf():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def middle():
    r = yield from leaf()
    return r * 2
def top():
    r = yield from middle()
    yield f'final {r}'
t = top()
print(next(t), t.send(1), t.send(2), t.send(3))
print(t.send(None))

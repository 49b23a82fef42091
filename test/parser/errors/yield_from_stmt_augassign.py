def g():
    yield from x += 1

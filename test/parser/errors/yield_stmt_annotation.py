def g():
    yield x: int = 3

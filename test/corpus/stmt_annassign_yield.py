def f():
    x: int = yield
    y: int = yield 1

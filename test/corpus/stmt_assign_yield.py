def f():
    x = yield
    x = y = yield 2
    x += yield

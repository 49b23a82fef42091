def f():
    return (1)
def g():
    return (1,)
def h():
    return [1], {2}
def i():
    return lambda: 0
def j():
    return not x

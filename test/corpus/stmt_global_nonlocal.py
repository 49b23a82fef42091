x = 0
def f():
    global x
    global a, b, c
    def g():
        nonlocal y
        nonlocal p, q

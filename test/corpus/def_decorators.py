@dec
def f():
    pass
@dec1
@dec2(arg)
@a.b.c
def g():
    pass
@(lambda f: f)
def h():
    pass
@x[0]
def i(): pass
@x := y
def j(): pass

def f(a, /):
    pass
def g(a, b, /, c):
    pass
def h(a, /, b, *, c):
    pass
def i(a=1, /, b=2, *, c=3):
    pass
def j(a, b=2, /, c=3, *d, e, f=6, **g):
    pass

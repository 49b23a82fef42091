def f(*, a):
    pass
def g(*, a=1, b):
    pass
def h(a, *, b, c=2):
    pass
def i(*args, a, b=1):
    pass

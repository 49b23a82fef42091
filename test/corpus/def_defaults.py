def f(a=1):
    pass
def g(a, b=2, c=3):
    pass
def h(a=[], b={}, c=None):
    pass

def f(*args):
    pass
def g(**kwargs):
    pass
def h(*args, **kwargs):
    pass
def i(a, *args, b=1, **kwargs):
    pass

# None, NotImplemented and Ellipsis.
print(None, repr(None), type(None).__name__, None is None, None == None)
print(NotImplemented, Ellipsis, ..., ... is Ellipsis)
print(bool(None), str(None), [None, ...])
def f():
    pass
print(f(), f() is None)
x = None
print(x is not None, x == 0)

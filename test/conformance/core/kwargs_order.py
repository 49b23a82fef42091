# **kwargs keeps call order; dict(**) merges; keyword names checked.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3), show(**{'b': 1}, a=2), show(**dict(y=1), **{'x': 2}))
def f(a, **kw):
    return a, kw
print(f(1, a2=2), f(a=1, b=2))
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(a=1, **{'a': 2})
except TypeError as e:
    print(e)

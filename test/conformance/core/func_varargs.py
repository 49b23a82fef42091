# *args and **kwargs, and unpacking at the call site.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], x=4, **{'y': 5}))
def g(a, b, c=0, *rest, d, **kw):
    return a, b, c, rest, d, kw
print(g(1, 2, d=3), g(1, 2, 3, 4, 5, d=6, e=7))
args = (1, 2)
kwargs = {'c': 3, 'd': 4}
print(g(*args, **kwargs))
print(max(*[3, 9, 2]), print(*'abc', sep='|'))

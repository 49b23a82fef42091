# functools.update_wrapper / wraps honour assigned= and updated= (they were ignored), and
# cmp_to_key's K takes obj= as a keyword.
import functools
def f(a, b=2):
    'doc'
    return a
class W: pass
w = W()
r = functools.update_wrapper(w, f, assigned=(), updated=())
print(r is w, getattr(w, '__name__', 'no name'), hasattr(w, '__wrapped__'), w.__wrapped__ is f)
w2 = W()
functools.update_wrapper(w2, f, assigned=('__name__',), updated=())
print(w2.__name__, hasattr(w2, '__doc__') and w2.__doc__)
@functools.wraps(f, assigned=('__doc__',), updated=())
def h(): pass
print(h.__name__, h.__doc__, h.__wrapped__ is f)
def g(): pass
g.attr = 1
g.__dict__['x'] = 5
@functools.wraps(g)
def k(): pass
print(k.attr, k.x, k.__qualname__, k.__module__)
class Z:
    pass
z = Z()
functools.update_wrapper(z, f, updated=())
print(sorted(z.__dict__))
class D(dict):
    pass
class V:
    pass
v = V()
v.extra = D()
g.extra = {'a': 1}
functools.update_wrapper(v, g, assigned=(), updated=('extra',))
print(v.extra, type(v.extra).__name__)
try:
    functools.update_wrapper(V(), g, assigned=(1,))
except TypeError as e:
    print(e)
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(obj=3) < K(4))

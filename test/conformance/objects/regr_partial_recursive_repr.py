# A partial whose repr meets itself again prints '...' there (partial_repr's Py_ReprEnter), for
# partial and its subclasses, in the function, the arguments and the keywords.
import functools

def capture(*args, **kw):
    return args, kw

f = functools.partial(capture)
f.__setstate__((f, (), {}, {}))
print(repr(f))
g = functools.partial(capture, 1)
g.__setstate__((capture, (g, 2), {'k': g}, {}))
print(repr(g).replace(repr(capture), 'capture'))
class P(functools.partial):
    pass
h = P(capture)
h.__setstate__((h, (h,), {}, {}))
print(repr(h))
l = [functools.partial(capture)]
l[0].__setstate__((capture, (l,), {}, {}))
print(repr(l).replace(repr(capture), 'capture'))

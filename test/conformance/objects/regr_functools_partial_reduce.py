# functools.partial pickles and copies (CPython's partial __reduce__ / __setstate__).
import copy
import functools


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


p = functools.partial(f, 1, 2, k=3)
red = p.__reduce__()
print(red[0] is functools.partial, red[1][0] is f, red[2][0] is f, red[2][1:])
q = red[0](*red[1])
q.__setstate__(red[2])
print(q(4, z=5), q.args, q.keywords, type(q).__name__)
p.attr = 'x'
r = copy.copy(p)
print(r(), r.attr, r.func is f)
d = copy.deepcopy(functools.partial(f, [1], a=[2]))
print(d())
e = functools.partial(f)
print(e.__reduce__()[2][1:])
e.__setstate__((max, (1, 5), {'key': abs}, None))
print(e(-9), e.func is max, e.keywords)
for bad in [1, (1,), (1, (), None, None), (f, [], None, None), (f, (), [], None)]:
    try:
        e.__setstate__(bad)
    except TypeError as ex:
        print(ex)
g = functools.partial(f, 1)
g.tag = 2
h = functools.partial(g, 3)
print(h.func is g, h.args, functools.partial(functools.partial(f, 1), 2).args, sorted(g.__dict__))

import os
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling
def f(a, b, *c, **d):
    print(a, b, sep="", end="\n")
    a.method(1, k=2)
    os.getcwd()
    f(*a, **b)
    f(1, *a, 2, *b, x=1, **d, y=2)
    g(*a)
    h(**d)
    obj.attr.meth()
    return a.b.c(d)[e].f(*g)
print(f"{f!r:>10} {f} {f!a} {'x'}{1 + 2}", "%s-%r-%5s-%-3a" % (1, 2, 3, 4), "%d" % (5,))

# sys._getframe from code run in an eval-loop activation of its own (a dunder, a sort key, a
# generator resumed by list()/next(), after hasattr caught an exception from a Python
# __getattr__): the walk goes on past the activation to its caller, as in CPython.
import sys
def names(depth=1, n=8):
    out = []
    f = sys._getframe(depth)
    while f is not None and len(out) < n:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
class V:
    def __add__(self, o):
        return helper(o)
def helper(o):
    return names(1)
def g2():
    yield names(1)
def main():
    g = G()
    r = []
    r.append(hasattr(g, 'x'))
    r.append(V() + V())
    r.append(hasattr(g, 'y'))
    r.append(sorted([3, 1], key=lambda x: (r.append(names(1, 4)), x)[1]))
    r.append(list(g2()))
    r.append(next(g2()))
    try:
        V() + None
    except Exception as e:
        r.append(type(e).__name__)
    r.append(V() + V())
    return r
for x in main():
    print(x)
print(names(0))

# The running frame after an exception left an activation and was caught by runtime code (a
# Python __next__'s StopIteration ending a for loop, getattr's default, hasattr): a property
# called next sees its caller, not the frame the exception left.
import sys
def names(depth=1, n=6):
    out = []
    f = sys._getframe(depth)
    while f is not None and len(out) < n:
        out.append((f.f_code.co_name))
        f = f.f_back
    return out
class P:
    @property
    def p(self):
        print('prop', names(2))
        return 1
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
def f():
    for x in It():
        pass
    return P().p
f()
def h():
    return getattr(P(), 'zz', None), P().p
h()
class R:
    def __getattr__(self, n):
        raise AttributeError(n)
def k():
    hasattr(R(), 'x')
    return P().p
k()

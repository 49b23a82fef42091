# partial objects in sorting and mapping; partial of a class; nested partials.
from functools import partial
def scale(x, factor, offset=0):
    return x * factor + offset
double = partial(scale, factor=2)
shifted = partial(double, offset=1)
print(list(map(double, [1, 2, 3])), shifted(10), shifted.func is scale, shifted.keywords)
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f'P({self.a}, {self.b})'
mk = partial(P, b='default')
print(mk(1), mk(2, b='x'), sorted([3, 1, 2], key=partial(scale, factor=-1)))

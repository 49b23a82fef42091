# sys._getframe and warnings' stacklevel see the frames beyond an eval-loop activation
# (a generator resumed by next(), for or a with statement, a sort key, a dunder called by an
# operator, a property) and see the frame that is running, also one entered by a call that has
# made no call of its own yet, and not a frame that has returned.
import sys
import contextlib
import warnings

def names(depth=1, n=4):
    out = []
    f = sys._getframe(depth)
    while f is not None and len(out) < n:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out

@contextlib.contextmanager
def cm():
    print('cm', names(2))
    yield

def use_cm():
    with cm():
        pass

use_cm()

def gen():
    print('gen', names(2))
    yield 1

def drive():
    return next(gen())

drive()

def consume(g):
    for x in g:
        pass

consume(gen())

def key(x):
    print('key', names(2, 3))
    return x

def sorter():
    return sorted([2, 1], key=key)

sorter()

class V:
    def __add__(self, o):
        print('add', names(2, 3))
        return self
    @property
    def p(self):
        print('prop', names(2, 3))
        return 1

def ops():
    V() + V()
    V().p

ops()

def prop_only(o):
    return o.p

prop_only(V())

def f():
    return g()

def g():
    return 1

o = V()
f()
o.p

def inner_gen():
    yield names(1, 5)

def outer():
    return list(inner_gen())

print('list', outer())

def deep():
    try:
        sys._getframe(50)
    except ValueError as e:
        print('ValueError', e)

deep()
print(sys._getframe().f_back, sys._getframe(0).f_code.co_name)

def warner():
    warnings.warn('from a generator', UserWarning, stacklevel=3)
    yield 1

def run_warner():
    for _ in warner():
        pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    run_warner()
for w in caught:
    print('warning', w.category.__name__, w.message, w.lineno)

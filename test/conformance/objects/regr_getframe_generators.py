# sys._getframe's chain and warnings' stacklevel inside generators resumed by for, send and
# yield from: properties, dunders and sort keys called from them see the generator and its
# resumers; a warning from a function a generator calls reports the generator's line.
import sys, warnings
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
    def __add__(self, o):
        print('add', names(2))
        return 0
    def __lt__(self, o):
        print('lt', names(2))
        return False
def g1():
    o = P()
    yield o.p
    yield o + o
    yield from g2()
    yield o.p
def g2():
    o = P()
    yield o.p
    x = helper()
    yield o.p + x
def helper():
    return P().p
def consume():
    for v in g1():
        print('got', v, names(1, 3))
consume()
def sendit():
    g = g1()
    print(g.send(None)); print(next(g)); print(g.send(5))
sendit()
print(list(P().p for _ in range(2)))
def srt():
    return sorted([P(), P()])
srt()
def raiser():
    raise ValueError
class Q:
    @property
    def q(self):
        raiser()
def after_exc():
    try:
        Q().q
    except ValueError:
        pass
    return P().p
after_exc()
def gfail():
    yield 1
    raise KeyError
def c2():
    try:
        for x in gfail():
            pass
    except KeyError:
        print('k', names(1, 3))
    return P().p
c2()
def w():
    warnings.warn('w', stacklevel=2)
def ww():
    for i in gen_w():
        pass
def gen_w():
    yield P().p
    w()
    yield 2
with warnings.catch_warnings(record=True) as c:
    warnings.simplefilter('always')
    ww()
print([(x.lineno, str(x.message)) for x in c])

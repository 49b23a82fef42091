# The line a caller frame shows while a property's getter or __getattr__ runs (reached through
# LOAD_ATTR, not a call): sys._getframe(1).f_lineno and warnings' stacklevel=2 see the line of
# the attribute access, as in CPython 3.11, not the line of the caller's last call.
import warnings, sys


class P:
    @property
    def p(self):
        warnings.warn('prop', stacklevel=2)
        return sys._getframe(1).f_lineno

    def __getattr__(self, name):
        return (name, sys._getframe(1).f_lineno)


def f(o):
    len([])
    x = 1
    a = o.p
    len([])
    c = o.missing
    z = x + o.p
    y = [o.p for _ in range(2)]
    return a, c, z, y


def g(o):
    t = 0
    for i in range(3):
        t += o.p
    return t


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(P()))
    print(g(P()))
    print(P().p)
print([x.lineno for x in w])

x = 1
def outer(a, *args, k=2, **kw):
    b = a
    def inner(c):
        nonlocal b
        b += c
        return b + x
    class K:
        b = 5
        def m(self):
            return b, __class__, super()
    return inner, K
def g():
    global x
    x = 3
    del x
lam = lambda q, *, r=1: (q, r, lambda: q)
class _Priv:
    __secret = 1
    def __m(self, __a):
        return self.__secret + __a
    def uses(self):
        return [self.__m(i) for i in range(3)]

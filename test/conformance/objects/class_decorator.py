# Class decorators and decorators with arguments applied to methods.
def register(cls):
    cls.registered = True
    return cls
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@register
class Thing:
    @repeat(3)
    def hi(self, who):
        return 'hi ' + who
print(Thing.registered, Thing().hi('bob'))
def trace(f):
    def w(*a, **k):
        r = f(*a, **k)
        print(f'{f.__name__}{a[1:]} -> {r}')
        return r
    return w
class M:
    @trace
    def add(self, a, b):
        return a + b
    @staticmethod
    @trace
    def neg(x):
        return -x
M().add(1, 2)
M.neg(5)

# classmethod(f) and staticmethod(f) copy f's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into their __dict__ (CPython 3.10+'s functools_wraps in cm_init/sm_init), have
# __wrapped__, take attributes, and check their arguments as CPython's.
def f(x):
    "doc of f"
    return x
f.__annotations__ = {'x': int}
cm = classmethod(f)
sm = staticmethod(f)
for w in (cm, sm):
    print(type(w).__name__, w.__doc__, w.__name__, w.__qualname__, w.__module__, w.__annotations__, w.__wrapped__ is f, w.__func__ is f)
    print(sorted(w.__dict__))
    w.extra = 1
    print(w.extra, sorted(w.__dict__))
class C:
    @classmethod
    def g(cls):
        "g doc"
    @staticmethod
    def h():
        "h doc"
print(C.__dict__['g'].__doc__, C.__dict__['g'].__name__, C.__dict__['h'].__doc__, C.__dict__['h'].__qualname__)
class NoName:
    def __call__(self): pass
n = NoName()
cm2 = classmethod(n)
print(sorted(cm2.__dict__), cm2.__doc__)
print(sorted(classmethod(len).__dict__))
print(sorted(classmethod(1).__dict__), sorted(staticmethod(len).__dict__))
for args, kw in (((), {}), ((f, f), {}), ((f,), {'x': 1})):
    for t in (classmethod, staticmethod):
        try:
            t(*args, **kw)
        except TypeError as e:
            print(t.__name__, e)
class MyCM(classmethod):
    def __init__(self, func):
        super().__init__(func)
        self.tag = 't'
m = MyCM(f)
print(m.__doc__, m.__name__, m.tag, sorted(m.__dict__))
cm = classmethod(f)
cm.__init__(len)
print(cm.__func__ is len, cm.__name__, cm.__qualname__)
try:
    cm.__wrapped__ = 1
except AttributeError as e:
    print('AttributeError')
class E:
    @staticmethod
    def s(a: int) -> str:
        pass
print(E.__dict__['s'].__annotations__, E.s.__name__)

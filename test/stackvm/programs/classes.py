class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return f'hi {self.name}'
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def twice(x):
        return 2 * x
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Child(Base):
    def greet(self):
        return super().greet() + '!'
    def __lt__(self, other):
        return self.name < other.name
c = Child.make('bob')
print(c, c.greet(), c.upper, Base.twice(4), Base.count, c == Child('bob'), c != Child('al'))
print(sorted([Child('z'), Child('a'), Child('m')]), len({Child('x'), Child('x')}))
print(Child.__mro__, Child.__name__, Child.__qualname__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2) + Vec(3, 4)
print(list(v), list(3 * v), len(v), v[1], bool(Vec(0, 0)))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Dyn:
    def __getattr__(self, name):
        return name * 2
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
d = Dyn(); d.a = 1
print(d.a, d.zz, getattr(d, 'q'), hasattr(d, 'anything'))
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], issubclass(D, A), isinstance(D(), C))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter(); inc(); print(inc())
x = 5
def setg():
    global x
    x = 6
setg(); print(x)
Child('no').missing()

# Creating classes with type(name, bases, ns), and type of a class.
def init(self, v):
    self.v = v
Base = type('Base', (), {'__init__': init, 'kind': 'base'})
Derived = type('Derived', (Base,), {'kind': 'derived', 'get': lambda self: self.v})
d = Derived(5)
print(d.get(), d.kind, Base.kind, Derived.__mro__[1].__name__, type(Derived).__name__)
print(type(type), type(object), isinstance(Derived, type))

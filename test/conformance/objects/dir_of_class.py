# dir() of a class lists the class's attributes and its bases' (type.__dir__), not the
# metaclass's; dir() of an instance adds the instance's own; dir() of built-in types.
class Base:
    x = 1
    def f(self): pass
class Derived(Base):
    y = 2
    def g(self): pass
class Meta(type):
    def meta_only(cls): pass
class WithMeta(metaclass=Meta):
    z = 3
def public(names): return [n for n in names if not n.startswith('_')]
print(public(dir(Base)), public(dir(Derived)), public(dir(WithMeta)))
d = Derived(); d.own = 5
print(public(dir(d)))
print('meta_only' in dir(WithMeta), 'meta_only' in dir(Meta), 'mro' in dir(type), 'mro' in dir(Base))
print(public(dir(str)))
print(public(dir(list)), public(dir(dict)), public(dir(bytes)), public(dir(int)))
print(dir(Derived) == sorted(dir(Derived)), '__init__' in dir(Derived), '__class__' in dir(Derived))

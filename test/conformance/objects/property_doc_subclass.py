# property as CPython 3.11's: the getter's docstring (kept by getter()/setter() copies, which are
# made by type(p), so a subclass's), a writable __doc__, a subclass's docstring in its instance
# __dict__, messages naming the type's __qualname__; classmethod wrapping a descriptor (a class
# property, also as a class's __doc__); subclasses of classmethod and staticmethod.
class P(property):
    pass
class C:
    @P
    def spam(self):
        """spam doc"""
        return 1
    @property
    def eggs(self):
        """eggs doc"""
        return 2
    @eggs.setter
    def eggs(self, v):
        pass
p = C.__dict__['spam']
print(type(p).__name__, p.__doc__, C().spam, C.__dict__['eggs'].__doc__)
class CM(classmethod): pass
class SM(staticmethod): pass
print(type(CM(len)).__name__, type(SM(len)).__name__)
class A:
    @classmethod
    @property
    def __doc__(cls):
        return f"A doc for {cls.__name__!r}"
print(A.__doc__)
pp = property(lambda s: 1)
pp.__doc__ = 'set'
print(pp.__doc__)
class B:
    x = property()
    y = property()
    y.__set_name__(B if False else object, 'y')
try:
    B().x
except AttributeError as e:
    print(e)
try:
    B().y = 3
except AttributeError as e:
    print(e)
try:
    property().__set_name__()
except TypeError as e:
    print(e)
q = property(lambda s: 1, doc='given')
print(q.getter(lambda s: 2).__doc__)
def g(self):
    "g doc"
r = property(g)
print(r.setter(lambda s, v: None).__doc__, r.getter(lambda s: 3).__doc__)
def h(self):
    "h doc"
print(r.getter(h).__doc__)
print(type(P(g).setter(None)).__name__, P(g).setter(None).__doc__)
class Slotted(property):
    __slots__ = ()
try:
    Slotted(g)
except AttributeError as e:
    print('AttributeError', e)

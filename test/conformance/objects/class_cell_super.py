# The class body's __class__ cell is filled by type.__new__ (zero-argument super() works inside
# a metaclass's __new__, and in a metaclass's mro()), __build_class__ checks it was, and
# __classcell__ never becomes a class attribute (CPython's test_super, issue 23722).
test_class = None

class Meta(type):
    def __new__(cls, name, bases, namespace):
        global test_class
        self = super().__new__(cls, name, bases, namespace)
        test_class = self.f()
        return self

class A(metaclass=Meta):
    @staticmethod
    def f():
        return __class__

print(test_class is A, hasattr(A, '__classcell__'))

saved = None
class Delay(type):
    def __new__(cls, name, bases, namespace):
        global saved
        saved = namespace
        return None

class D(metaclass=Delay):
    @staticmethod
    def f():
        return __class__

print(D, '__classcell__' in saved)
B = type('B', (), saved)
print(B.f() is B, hasattr(B, '__classcell__'))

seen = None
class MroMeta(type):
    def mro(self):
        self.__dict__['f']()
        return super().mro()

class M(metaclass=MroMeta):
    def f():
        global seen
        seen = __class__
print(seen is M, [c.__name__ for c in M.__mro__])

class Snap(type):
    def __new__(cls, name, bases, namespace):
        global snapshot
        snapshot = namespace.copy()
        return super().__new__(cls, name, bases, namespace)

class WithoutRef(metaclass=Snap):
    pass
print('__classcell__' in snapshot)
class WithRef(metaclass=Snap):
    def f(self):
        return __class__
print(snapshot['__classcell__'] is WithRef.f.__closure__[0], len(WithRef.f.__closure__))

class Drop(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)

class Fine(metaclass=Drop):
    pass
try:
    class Bad(metaclass=Drop):
        def f(self):
            return __class__
except RuntimeError as e:
    print('RuntimeError', e)

class Overwrite(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)

for bad in (None, 0, '', object()):
    try:
        class O(metaclass=Overwrite, cell=bad):
            pass
    except TypeError as e:
        print('TypeError', e)

class Wrong(type):
    def __new__(cls, name, bases, namespace):
        cls = super().__new__(cls, name, bases, namespace)
        type('Other', (), namespace)
        return cls

try:
    class W(metaclass=Wrong):
        def f(self):
            return __class__
except TypeError as e:
    print('TypeError', str(e).replace(__name__, 'MOD'))

class NotAClass(type):
    def mro(self):
        return [self, 1]
try:
    class N(metaclass=NotAClass):
        pass
except TypeError as e:
    print('TypeError', e)

for args in ((int, int, int), (1, int)):
    try:
        super(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    super(int, int, x=1)
except TypeError as e:
    print('TypeError', e)

# Built-in types' constructors as CPython 3.11's, found by running CPython's test_bool, test_list,
# test_tuple and test_opcodes on pyvm: subclasses' keywords, from_bytes on subclasses,
# int.__new__(bool), __itemsize__, a class's default __annotations__.
print(repr(bool.from_bytes(b'\x00', 'big')), repr(bool.from_bytes(b'\x01', 'big')))
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__)
for args in ((bool, 0), (bool, 1)):
    try:
        int.__new__(*args); print('no error')
    except TypeError as e:
        print(e)
class L(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = L([1, 2], newarg=3)
print(u, u.newarg)
class T(tuple):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
t = T([1, 2], newarg=3)
print(t, t.newarg)
try:
    list([], x=1)
except TypeError as e:
    print(e)
try:
    tuple([], x=1)
except TypeError as e:
    print(e)
print(tuple.__itemsize__, list.__itemsize__, int.__itemsize__, object.__itemsize__)
class C: pass
print(C.__annotations__, '__annotations__' in C.__dict__)
class D:
    x: int
print(D.__annotations__)
C.__annotations__ = {'a': 1}; print(C.__annotations__)
del C.__annotations__
try:
    print(C.__annotations__)
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
class E: pass
try:
    E(1)
except TypeError as e:
    print(e)
class F:
    def __new__(cls, *a): return object.__new__(cls)
try:
    F(1)
except TypeError as e:
    print('F', e)
try:
    object.__init__(F(), 1)
except TypeError as e:
    print(e)
class G:
    def __init__(self, *a): pass
try:
    object.__new__(G, 1); print('ok G')
except TypeError as e:
    print(e)
try:
    object.__new__(E, 1)
except TypeError as e:
    print(e)
for base in (list, tuple, set, frozenset, dict, bytearray, bytes, str, int, float, complex):
    class subclass(base):
        pass
    try:
        subclass(sequence=())
        print(base.__name__, 'plain: no error')
    except TypeError as e:
        print(base.__name__, 'plain:', e)
    class with_init(base):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        u = with_init(newarg=3)
        print(base.__name__, 'init:', type(u).__name__, u.newarg)
    except TypeError as e:
        print(base.__name__, 'init:', e)
    class with_new(base):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    try:
        u = with_new(newarg=3)
        print(base.__name__, 'new:', type(u).__name__, u.newarg)
    except TypeError as e:
        print(base.__name__, 'new:', e)
class B(bytearray):
    pass
b = B(b'ab')
b.x = 1
print(b, b.x, type(b).__name__)
class B2(bytearray):
    def __init__(self, *a, newarg=None):
        super().__init__(*a)
        self.newarg = newarg
u = B2(b'xy', newarg=3)
print(u, u.newarg)

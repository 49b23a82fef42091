# A slot wrapper bound to an object is a method-wrapper (its type, name, qualname, self), and a
# built-in type's __new__ is a built-in method bound to the type (__self__ is the type),
# stored unbound-able in the type's dict, as CPython's tp_new_wrapper.
import types
print(type((1).__add__).__name__, type(ValueError().__str__).__name__, type([].append).__name__, type(object.__init__).__name__)
print(repr(int.__new__)[:35], int.__new__.__self__, ValueError.__new__.__self__, object.__new__.__self__)
m = (5).__add__
print(m(3), m.__name__, m.__qualname__, m.__self__, callable(m))
print(type(m) is types.MethodWrapperType, type(int.__add__) is types.WrapperDescriptorType, type(int.__new__) is types.BuiltinMethodType)
print(int.__new__(int, 7), float.__new__(float), object.__new__(object).__class__.__name__)
class P:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, x): self.x = x
print(P(3).x)
class Q(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
print(Q(4), type(Q(4)).__name__)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    int.__new__()
except TypeError as e:
    print(e)
print(str(3).__str__.__name__, 'abc'.__len__(), (2.5).__mul__(2))

print(type(ValueError.__dict__['__new__']).__name__, ValueError.__dict__['__new__'] is ValueError.__new__)
print(repr(ValueError().__str__).startswith("<method-wrapper '__str__' of ValueError object at 0x"))
print(sorted(n for n in dir(types) if n.endswith('Type') and n.startswith(('Method', 'Wrapper', 'Builtin'))))

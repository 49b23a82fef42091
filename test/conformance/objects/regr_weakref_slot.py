# The __weakref__ slot: which classes get it (CPython's type_new add_weak), its descriptor in
# the class's __dict__, its value, and weak references refused to instances without it.
import _weakref


def names(cls):
    return [n for n in cls.__dict__ if n in ('__weakref__', '__doc__', '__module__', 'f')]


class C:
    def f(self):
        pass


class S:
    __slots__ = ('a',)


class SW:
    __slots__ = ('a', '__weakref__')


class E(S):
    pass


class L(list):
    pass


class T(tuple):
    pass


class I(int):
    pass


class St(str):
    pass


class FS(frozenset):
    pass


class Err(Exception):
    pass


class CS(C):
    __slots__ = ()


for cls in (C, S, SW, E, L, T, I, St, FS, Err, CS):
    obj = cls()
    try:
        r = _weakref.ref(obj)
        ok = r() is obj
    except TypeError as e:
        ok = str(e)
    print(cls.__name__, names(cls), ok, getattr(obj, '__weakref__', 'no slot') is not None
          if hasattr(obj, '__weakref__') else 'no attribute')

print(type(C.__dict__['__weakref__']).__name__, C.__dict__['__weakref__'].__name__)
print(repr(C.__weakref__).startswith("<attribute '__weakref__' of 'C' objects"))
c = C()
print(c.__weakref__)
r1 = _weakref.ref(c)
r2 = _weakref.ref(c)
print(r1 is r2, c.__weakref__ is r1)
print(_weakref.getweakrefcount(c))

for bases, slots in (((C,), ('__weakref__',)), ((SW,), ('__weakref__',)),
                     ((object,), ('__weakref__', '__weakref__')), ((S,), ('b', '__weakref__'))):
    try:
        k = type('K', bases, {'__slots__': slots, '__module__': __name__})
        print('made', names(k), _weakref.ref(k()) is not None)
    except TypeError as e:
        print('TypeError', e)

for v in (1, 2.0, 'x', b'y', (), [], {}, None, True, object(), ValueError()):
    try:
        _weakref.ref(v)
        print(type(v).__name__, 'ok')
    except TypeError as e:
        print(e)

print(_weakref.ref(C) is not None, _weakref.ref(len) is not None, _weakref.ref(frozenset()) is not None)

# A class gets a '__dict__' getset descriptor in its own dict (type_new's add_dict) when no
# base's instances have a dict already: always without __slots__, only when named there.
import functools

class C: pass
class D(C): pass
class I(int): pass
class T(tuple): pass
class E(Exception): pass
class L(list): pass
class S: __slots__ = ('a',)
class SD: __slots__ = ('a', '__dict__')
class SC(C): __slots__ = ('b',)
class F(S): pass
class M(type): pass
class P(functools.partial): pass
class Doc:
    'doc'
    x = 1
for k in [C, D, I, T, E, L, S, SD, SC, F, M, P, Doc]:
    print(k.__name__, [n for n in k.__dict__ if n in ('__dict__', '__weakref__', '__doc__', '__module__', 'x', '__slots__', 'a')])

d = C.__dict__['__dict__']
print(d.__name__, d.__qualname__, d.__objclass__, repr(d), type(d).__name__)
c = C(); c.z = 1
print(d.__get__(c), d.__get__(None, C) is d, c.__dict__ is d.__get__(c))
d.__set__(c, {'q': 2}); print(c.q, vars(c))
for bad in (lambda: d.__set__(c, 5), lambda: d.__get__(1), lambda: d.__set__(1, {})):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
d.__delete__(c)
print(vars(c))
del c.__dict__
c.w = 3
print(vars(c))
print(D().__dict__, I(4).__dict__, SD().__dict__, F().__dict__)
for body in ("class Y(C): __slots__ = ('__dict__',)", "class Y(E): __slots__ = ('__dict__',)",
             "class Y: __slots__ = ('__dict__', '__dict__')"):
    try:
        exec(body)
        print('ok', list(Y.__dict__))
    except TypeError as e:
        print('TypeError', e)
# An entry of the namespace with that name stays.
K = type('K', (), {'__dict__': 5})
print(K.__dict__['__dict__'])
ns = dict(C.__dict__)
K2 = type('K2', (), ns)
print(K2.__dict__['__dict__'] is d)
try:
    K2().__dict__
except TypeError as e:
    print('TypeError', e)
print('__dict__' in functools.partial.__dict__)

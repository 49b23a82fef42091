# obj.__class__ = C checks the two classes' instance layouts (CPython 3.11's
# compatible_for_assignment): past the classes that add nothing, the same base or the same
# sorted __slots__ over one base, a __weakref__ where both have it, and a managed __dict__ on
# both or neither. Instances of int, list and exception subclasses may change class too.
def attempt(obj, cls):
    old = type(obj).__name__
    try:
        obj.__class__ = cls
        print(old, '->', cls.__name__, 'ok')
    except TypeError as e:
        print(old, '->', cls.__name__, 'TypeError', e)

class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    attempt(x, cls2)
    print(x.a, type(x).__name__)
for cls in G, J, K, L, M, N, P, R:
    for cls2 in G, J, K, L, M, N, P, R:
        if cls is not cls2:
            attempt(cls(), cls2)

class A: pass
class B: pass
class A2(A): pass
class S1:
    __slots__ = ('x', '__dict__')
class S2:
    __slots__ = ('x', '__dict__')
class W:
    __slots__ = ('__weakref__',)
class D:
    __slots__ = ('__dict__',)
class E(Exception): pass
class O: __slots__ = ()
for a, b in [(A, B), (A, A2), (A2, B), (S1, S2), (W, D), (D, A), (W, A), (O, A), (A, O), (E, A), (O, W)]:
    attempt(a(), b)
class Pri:
    __slots__ = ('__x',)
class Pri2:
    __slots__ = ('__x',)
attempt(Pri(), Pri2)

class IA(int):
    def hi(self): return 'A' + str(self + 1)
class IA2(IA):
    def hi(self): return 'A2' + str(self * 2)
a = IA2(5); a.__class__ = IA; print(a.hi(), type(a).__name__, a + 1, isinstance(a, int))
a.__class__ = IA2; print(a.hi())
class E1(Exception): pass
class E2(ValueError): pass
e = E1('x')
attempt(e, E2)
class E3(Exception): pass
attempt(e, E3)
print(type(e).__name__, e.args)
class L1(list): pass
class L2(list):
    def first(self): return self[0]
l = L1([3, 4]); l.__class__ = L2; print(l.first(), l + [5])
class D1(dict): pass
for obj, cls in [(L1(), D1), (IA(1), L1), (E1(), IA), (1, IA), ([], L1), (IA(1), bool)]:
    try:
        obj.__class__ = cls; print('ok', type(obj).__name__)
    except TypeError as e:
        print(e)

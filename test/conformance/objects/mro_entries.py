# __mro_entries__ (PEP 560): a non-class base is replaced by what its __mro_entries__ returns; __orig_bases__ keeps the originals.
class E:
    def __mro_entries__(self, bases):
        print('entries for', len(bases), 'bases')
        return (int,)
class K(E()):
    pass
print(K.__bases__, K.__orig_bases__[0].__class__.__name__, K(3) + 1, '__orig_bases__' in K.__dict__)
class Two:
    def __mro_entries__(self, bases):
        return (dict, )
class L(Two(), object):
    pass
print(L.__bases__, L.__mro__)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class X(Bad()): pass
except TypeError as e:
    print('TypeError:', e)
class Plain(int): pass
print('__orig_bases__' in Plain.__dict__)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class Y(Empty()): pass
print(Y.__bases__)
try:
    class Z(3): pass
except TypeError as e:
    print('TypeError:', e)
import types
print(types.resolve_bases((E(), str)))

# Bases with unrelated instance layouts: CPython's best_base refuses them ("multiple bases
# have instance lay-out conflict"), and a class's __base__ is the base whose layout it extends.

def attempt(label, make):
    try:
        c = make()
        print(label, 'ok', [k.__name__ for k in c.__mro__], c.__base__.__name__)
    except TypeError as e:
        print(label, 'TypeError', e)

class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class P:
    pass
class Empty:
    __slots__ = ()
class DictOnly:
    __slots__ = ('__dict__',)

pairs = [(int, str), (int, list), (dict, list), (tuple, str), (int, float), (list, tuple),
         (bytes, int), (str, bytes), (set, frozenset), (int, dict), (float, complex),
         (bytearray, list), (int, Exception), (ValueError, KeyError), (OSError, KeyError),
         (OSError, ValueError), (OSError, SyntaxError), (StopIteration, ImportError),
         (AttributeError, NameError), (object, int), (P, int), (int, P), (A, B), (A, P),
         (P, A), (Empty, int), (DictOnly, A), (tuple, A), (dict, P), (Empty, B),
         (property, list), (staticmethod, classmethod)]
for x, y in pairs:
    attempt(x.__name__ + ' ' + y.__name__, lambda: type('E', (x, y), {}))

# A subclass of a variable-size type that adds a __dict__ has a layout of its own.
class I1(int): pass
class I2(int): pass
class I3(I1): pass
class IS(int):
    __slots__ = ()
attempt('I1 I2', lambda: type('E', (I1, I2), {}))
attempt('I3 I1', lambda: type('E', (I3, I1), {}))
attempt('IS I1', lambda: type('E', (IS, I1), {}))
attempt('T T', lambda: type('E', (type('T1', (tuple,), {}), type('T2', (tuple,), {})), {}))

# Inheriting a layout through a subclass keeps it.
class L(list): pass
class D(dict): pass
attempt('L D', lambda: type('E', (L, D), {}))
class AA(A): pass
attempt('AA A', lambda: type('E', (AA, A), {}))
attempt('AA B', lambda: type('E', (AA, B), {}))
class AS(A):
    __slots__ = ('c',)
attempt('AS AA', lambda: type('E', (AS, AA), {}))

# Slots on a variable-size base.
for base in (int, tuple, bytes, I1):
    for slots in (('x',), ('__dict__',), ()):
        try:
            type('S', (base,), {'__slots__': slots})
            print(base.__name__, slots, 'ok')
        except TypeError as e:
            print(base.__name__, slots, 'TypeError', e)

# The class statement says the same.
try:
    class E(int, str):
        pass
except TypeError as e:
    print('class statement', e)

import collections
attempt('OrderedDict defaultdict', lambda: type('E', (collections.OrderedDict, collections.defaultdict), {}))
attempt('OrderedDict dict', lambda: type('E', (collections.OrderedDict, dict), {}))
attempt('deque list', lambda: type('E', (collections.deque, list), {}))

# The unhashable built-in types have __hash__ = None in their dict, as CPython's do; a subclass
# inherits it, hash() refuses them, and a subclass can define __hash__ again.
import collections
import functools
kinds = [[], {}, set(), bytearray(), {}.keys(), {}.items(), collections.deque(),
         collections.OrderedDict(), collections.defaultdict(), slice(1)]
for v in kinds:
    t = type(v)
    try:
        hash(v)
        hashed = 'hashable'
    except TypeError as e:
        hashed = str(e)
    print(t.__name__, t.__hash__ is None, hashed)
vals = {}.values()
print(type(vals).__hash__ is None, hash(vals) == hash(vals))
print('__hash__' in list.__dict__, '__hash__' in dict.__dict__, '__hash__' in tuple.__dict__)
print(list.__dict__['__hash__'], set.__dict__['__hash__'])

class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
print(L.__hash__ is None, hash(H()))
try:
    hash(L())
except TypeError as e:
    print('TypeError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
key = functools.cmp_to_key(lambda a, b: a - b)(1)
try:
    hash(key)
except TypeError as e:
    print('TypeError:', e)
print(type(key).__hash__ is None)

# collections.ChainMap: lookups through the maps, writes to the first, its methods, repr, operators and messages.
from collections import ChainMap
import collections
a={'x':1}; b={'x':2,'y':3}
c=ChainMap(a,b); print(c, c['x'], c['y'], len(c), list(c), dict(c), c.maps, c.parents, c.new_child({'z':0}), 'y' in c, c.get('q', 9), bool(ChainMap()))
c['w']=5; print(a); del c['w']
try: del c['y']
except KeyError as e: print(repr(e))
try: c['nope']
except KeyError as e: print(repr(e))
print(c.pop('x'), a, c.copy(), type(c.copy()).__name__, ChainMap.fromkeys('ab', 0), c | {'k': 1}, {'k': 1} | c)
c |= {'m': 2}; print(c, repr(ChainMap()), c.popitem(), c)
try: ChainMap().popitem()
except KeyError as e: print(e)
try: ChainMap().pop('a')
except KeyError as e: print(e)
class D(dict):
    def __missing__(self, k): return 'dflt'
print(ChainMap(D())['anything'])
print(list(ChainMap({'a':1,'b':2},{'c':3,'a':9})), c.new_child(), c.new_child(m={'q':1}))
print(isinstance(c, collections.abc.MutableMapping), collections.ChainMap is ChainMap, repr(ChainMap))
try:
    collections.Nope
except AttributeError as e:
    print(e)

# __all__ of modules pyvm loads partly on demand (functools, collections, statistics, string):
# CPython's lists, so a star import takes the lazily loaded names too.
import collections
import functools
import statistics
import string

for m in (functools, collections, statistics, string):
    print(m.__name__, m.__all__)
ns = {}
exec('from functools import *\nfrom collections import *\nfrom statistics import *\nfrom string import *', ns)
print(sorted(n for n in ns if not n.startswith('_')))
print(cached_property.__name__ if (cached_property := ns['cached_property']) else '', ns['ChainMap']({'a': 1})['a'],
      ns['NormalDist'](0, 1).mean, ns['Template']('$x').substitute(x=1), ns['geometric_mean']([1, 4]))

# groupby and its groups have CPython 3.11's __reduce__/__setstate__ (copy and pickle): a pending value
# goes in the state, a group its groupby moved past reduces to an empty iterator
import itertools, copy
from itertools import groupby

def show(x):
    return [(k, list(g)) for k, g in x]

g = groupby('AABBBC')
print(g.__reduce__()[0].__name__, g.__reduce__()[1][1])
print(show(copy.deepcopy(g)))
g = groupby('AABBBCA', key=str.lower)
k, grp = next(g)
r = g.__reduce__()
print(k, r[0].__name__, r[1][1], r[2])
print(next(grp), show(copy.copy(groupby('xyz'))))
g2 = copy.deepcopy(g)
print(show(g2))
print(show(g))
# a group pickles with its groupby while it is current
g = groupby([1, 1, 2, 2, 3])
k, grp = next(g)
rr = grp.__reduce__()
print(rr[0].__name__, rr[0].__module__, rr[1][1], type(rr[1][0]).__name__)
grp2 = copy.deepcopy(grp)
print(list(grp2))
k2, grp_b = next(g)
r3 = grp.__reduce__()
print(r3[0] is iter, r3[1], list(grp))
print(list(grp_b))
try:
    itertools._grouper(1, 2)
except TypeError as e:
    print('TypeError:', e)
g = groupby('ab')
try:
    g.__setstate__(1)
except TypeError as e:
    print('TypeError:', e)
g.__setstate__(('a', 'z', 'a'))
print(show(g))

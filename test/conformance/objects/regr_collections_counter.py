# Counter as CPython 3.11's: multiset comparisons (missing counts are zero), in-place operators
# that keep only positive counts, del of a missing element, copy() of a subclass, repr of
# unsortable counts, _count_elements.
from collections import Counter, _count_elements
a = Counter(a=3, b=2, c=0)
b = Counter(a=3, b=2)
print(a == b, a != b, b == a, Counter(a=1) == Counter(a=2), a == {'a': 3, 'b': 2, 'c': 0})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=2), Counter(a=2) < Counter(a=2),
      Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) > Counter(), Counter() > Counter(a=-1))
try:
    Counter() < {}
except TypeError as e:
    print(e)
c = Counter(a=3, b=1)
d = c
c += Counter(a=1, b=-5, z=2)
print(c, c is d)
c -= Counter(a=10)
print(c, c is d)
c = Counter(a=3, b=1, x=-1)
c |= Counter(a=1, b=2, q=-3)
print(c)
c = Counter(a=3, b=1, x=-1)
c &= Counter(a=1, b=2)
print(c)
c = Counter(a=1)
c += {'a': 2, 'n': 1}
print(c)
del c['missing']
del c['a']
print(c)
class Sub(Counter):
    pass
s = Sub('abca')
print(type(s.copy()).__name__, s.copy(), type(s + s).__name__)
print(Counter({1: None, 2: 3}), repr(Counter({'x': 'a', 'y': 2})) if False else '')
print(Counter('abracadabra'), Counter({'b': 1, 'a': 1}))
m = {}
_count_elements(m, 'abcab')
print(m)
for args in [(), ({}, 1), (1, 'a'), ({'a': 'x'}, 'a')]:
    try:
        _count_elements(*args)
    except Exception as e:
        print(type(e).__name__, e)

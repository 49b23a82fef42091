# itertools.groupby as CPython's C groupby: groups, keys, a group read after the groupby moved on
# (empty), and a key function that reads the current group or the groupby itself while a value
# is being fetched (CPython's test_issue30347; pyvm's JS generators threw when re-entered).
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbbcccaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in groupby('')])
it = groupby('aabbc')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in it])
groups = list(groupby('xxyyz'))
print([(k, list(g)) for k, g in groups])

def f(n):
    if n == 5:
        list(b)
    return n != 6
for (k, b) in groupby(range(10), f):
    print(k, list(b))

def g(n):
    if n == 2:
        print('inner', [(k, list(v)) for k, v in outer])
    return n // 3
outer = groupby(range(9), g)
print([(k, list(v)) for k, v in outer])

try:
    list(groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

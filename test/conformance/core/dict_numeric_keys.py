# 1, 1.0 and True are the same key; the first key object is kept.
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
e = {True: 'a', 1: 'b', 1.0: 'c'}
print(e)
f = {0: 'zero', False: 'f', 0.0: 'z', -0.0: 'n'}
print(f)
print({2 ** 70: 1, 2.0 ** 70: 2})
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))

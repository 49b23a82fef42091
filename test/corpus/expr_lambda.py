a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *a, **k: (a, k)
e = lambda x, /, y, *, z: 0
f = lambda *, k=1: k
g = lambda x: lambda y: x + y

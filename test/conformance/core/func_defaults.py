# Default argument values, evaluated once at definition time.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[]))
print(f(4))
def g(x, y=10 * 2, *, z='zed'):
    return x, y, z
print(g(1), g(1, 2, z=3), g.__defaults__, g.__kwdefaults__)

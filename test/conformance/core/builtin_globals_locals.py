# globals() and locals().
x = 1
g = globals()
print(g['x'], '__name__' in g, g['__name__'])
g['y'] = 99
print(y)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def h():
    return sorted(locals())
print(h())

def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
opts = {'c': 7, 'z': 8}
print(f(*[1, 2], **opts))

f = lambda a=1, *b, c=2, **d: (a, b, c, d)
g = lambda a, b=(1, 2), *, c=[3]: None
h = lambda: (yield_)

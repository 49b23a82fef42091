# Generator objects: names, iter(gen) is gen, exhausted generators stay exhausted.
def numbers():
    yield from range(3)
g = numbers()
print(g.__name__, iter(g) is g, type(g).__name__, g.__qualname__)
print(list(g), list(g), next(g, 'done'))
ge = (x for x in [])
print(type(ge).__name__, ge.__name__, list(ge))

# type() of values, type names, and type(name, bases, dict).
for v in (1, 1.0, 'a', b'a', [], (), {}, set(), frozenset(), None, True, 1j, range(1), slice(1), print, len, type):
    print(type(v).__name__, type(v))
T = type('T', (), {'x': 5, 'hello': lambda self: 'hi'})
print(T.__name__, T().x, T().hello(), type(T))

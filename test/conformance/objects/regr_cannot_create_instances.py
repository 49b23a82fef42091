# Calling a built-in type that has no __new__ of its own (iterators, views, generators, descriptors)
# is TypeError "cannot create 'X' instances" before any argument is looked at; NoneType,
# EllipsisType and NotImplementedType give their one instance.
print(type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...), type(NotImplemented)):
    for a, k in (((1,), {}), ((), {'x': 1})):
        try:
            t(*a, **k)
        except TypeError as e:
            print(e)
    print('__new__' in t.__dict__, t.__new__(t) is t())
for v in [iter([]), iter(()), iter(range(3)), iter({}), iter(set()), iter(b''), iter({}.values()), reversed([]), (x for x in ()), {}.keys(), print, [].append, iter(bytearray()), iter({}.items())]:
    for a in ((), (1,), (1, 2)):
        try:
            type(v)(*a)
            print(type(v).__name__, 'ok')
        except TypeError as e:
            print(type(v).__name__, a, e)
    print('__new__' in type(v).__dict__)
try:
    object.__new__(type(iter([])))
except TypeError as e:
    print(e)

# type(name, bases, ns) without '__module__' in ns takes the calling frame's module name (CPython's
# type_new_set_module reads the running frame's globals), placed after the namespace's entries.
K = type('K', (), {'a': 1})
print(K.__module__, [n for n in K.__dict__ if n != '__dict__'], repr(K))


def f():
    return type('L', (object,), {})


print(f().__module__, f())
M = type('M', (), {'__module__': 'elsewhere'})
print(M.__module__, M)


class N:
    pass


print(N.__module__, [n for n in N.__dict__ if n != '__dict__'])
g = {'__name__': 'made_in_exec'}
exec("Q = type('Q', (), {})", g)
print(g['Q'].__module__, g['Q'])

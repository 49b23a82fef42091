# dir() with no arguments lists the current scope names, sorted.
a = 1
def f():
    z = 1
    y = 2
    return dir()
print(f())
print([n for n in dir() if not n.startswith('__')])

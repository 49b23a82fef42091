# Functions without return give None; list methods return None.
def f():
    x = 1
r = [3, 1, 2].sort()
print(f(), r, [].append(1), {}.update(), print('inner'))
a = [3, 1, 2]
b = a.sort()
print(a, b)
print(None if f() else 'falsy None')

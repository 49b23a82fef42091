# Shadowing builtins locally and globally, then restoring through the builtins module.
import builtins
def f():
    len = lambda x: 'fake'
    return len([1, 2])
print(f(), len([1, 2]))
list = 'not the list type'
print(list)
del list
print(list('ab'))
print(builtins.len('abc'), builtins.abs(-2))

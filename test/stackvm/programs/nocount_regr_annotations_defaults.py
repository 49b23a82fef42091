# A function without annotations has __annotations__ {} (made and kept on first read); a
# module's __annotations__ is its namespace's entry, {} stored on first read, settable and
# deletable (CPython 3.10+; found by CPython's test_grammar).
import types
def f():
    st: str = "Hello"
    return st
print(f.__annotations__, f.__annotations__ is f.__annotations__)
def h(x: int) -> str: pass
print(h.__annotations__)
f.__annotations__ = {'a': 1}; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
m = types.ModuleType('m')
print(m.__dict__.get('__annotations__', 'none'))
print(m.__annotations__, m.__dict__.get('__annotations__', 'none'))
m.__annotations__['q'] = 1
print(m.__dict__['__annotations__'])
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError', e)
m.__annotations__ = 5
print(m.__annotations__)
import sys
x: int = 3
print(__annotations__, sys.modules[__name__].__annotations__ is __annotations__)

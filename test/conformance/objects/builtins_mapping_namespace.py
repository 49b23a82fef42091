# A __builtins__ that is not a dict: a mapping is asked name by name (LOAD_GLOBAL, LOAD_NAME,
# LOAD_BUILD_CLASS), its KeyError a NameError; a dict subclass's __missing__ is used; a module
# means its dict; import with a non-dict __builtins__ is CPython's SystemError.
import builtins
class M:
    def __getitem__(self, k):
        if k == 'len': return lambda x: 42
        raise KeyError(k)
g = {'__builtins__': M()}
try:
    exec("print(len('ab'))", g)
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("r = len('ab')", g)
    print(g['r'])
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("r = foo", g)
except Exception as e:
    print(type(e).__name__, e)
g2 = {'__builtins__': 5}
try:
    exec("r = len", g2)
except Exception as e:
    print(type(e).__name__, e)
# function creation captures builtins
g3 = {'__builtins__': {'len': lambda x: 7}}
exec("def f(): return len('abc')", g3)
print(g3['f']())
g3['__builtins__'] = {'len': lambda x: 8}
print(g3['f']())
exec("def h(): return len('abc')", g3)
print(g3['h'](), g3['f']())
print(sorted(g3["f"].__builtins__))
# functions from exec with builtins module
g4 = {'__builtins__': builtins}
exec("def f(): return len('abc')", g4)
print(g4['f']())
print(g4['f'].__builtins__ is builtins.__dict__)
# f.__builtins__ with M
exec("def k(): return 1", g)
print(type(g['k'].__builtins__).__name__)
class M:
    def __getitem__(self, k):
        print('get', k)
        return getattr(builtins, k)
g = {'__builtins__': M()}
try:
    exec("import os", g)
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("class A: pass\nprint(A.__name__)", g)
except Exception as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        return 'missing:' + k
g = {'__builtins__': D(print=print)}
exec("print(foo)", g)
exec("def f(): return bar\nprint(f())", g)
print(type(g['f'].__builtins__).__name__)
g = {}
exec("x = 1", g)
print(type(g['__builtins__']).__name__)
g = {}
eval("1", g)
print(type(g['__builtins__']).__name__)
import types
f = types.FunctionType((lambda: len).__code__, {})
print(f.__builtins__ is builtins.__dict__)
print(f())
f = types.FunctionType((lambda: len).__code__, {'__builtins__': {'len': 5}})
print(f())

# Functions, frames and imports use their globals' __builtins__ as CPython 3.11: a function keeps
# the builtins it was made with (func_builtins), import looks __import__ up in the frame's builtins.
# Functions keep the builtins of their globals from when they were made (func_builtins).
import builtins
safe = {'__name__': 'safe', '__builtins__': {'len': lambda x: -1, 'print': print, 'range': range, '__build_class__': builtins.__build_class__}}
exec('''
def f(s):
    return len(s)
def g(n):
    for i in range(n):
        yield len(str(i))
def outer():
    def inner():
        return len("x")
    return inner
class C:
    n = len("abc")
    def m(self):
        return len(self)
''', safe)
print(safe['f']("abcd"))
try:
    print(list(safe['g'](2)))
except NameError as e:
    print("NameError", e)
print(safe['outer']()())
print(safe['C'].n)
try:
    safe['C']().m()
except Exception as e:
    print(type(e).__name__, e)
print(safe['f'].__builtins__ is safe['__builtins__'])
# Replacing __builtins__ later: old functions keep theirs, new ones take the new.
safe['__builtins__'] = {'len': lambda x: -2}
print(safe['f']("abcd"), safe['outer']()())
exec("def f2(s): return len(s)", safe)
print(safe['f2']("ab"))
# The frame's builtins
import sys
g = {'__builtins__': {'sys': sys}}
exec("fb = sys._getframe().f_builtins", g)
print(g['fb'] is g['__builtins__'])
# import looks __import__ up in the frame's builtins
for b in [{}, {'__import__': lambda *a: 'imported ' + a[0]}]:
    try:
        exec("import os\nr = os", {'__builtins__': b})
        print('ok')
    except ImportError as e:
        print('ImportError', e)
h = {'__builtins__': {'__import__': lambda *a: 'imported ' + a[0]}}
exec("import os\nr = os", h)
print(h['r'])
# a mapping's other errors pass through
class Bad:
    def __getitem__(self, k):
        raise ValueError('no ' + k)
try:
    exec("x = y", {'__builtins__': Bad()})
except ValueError as e:
    print('ValueError', e)
try:
    exec("class A: pass", {'__builtins__': Bad()})
except ValueError as e:
    print('ValueError', e)
try:
    exec("class A: pass", {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
# LOAD_NAME at module level and in a class body
class M:
    def __getitem__(self, k):
        if k == 'answer': return 42
        if k == '__build_class__': return builtins.__build_class__
        raise KeyError(k)
g = {'__builtins__': M(), '__name__': 'm'}
exec("a = answer\nclass K:\n    b = answer\n", g)
print(g['a'], g['K'].b)
exec("def f(): return answer", g)
print(g['f'](), type(g['f'].__builtins__).__name__)
try:
    exec("def f(): return nothing\nf()", g)
except NameError as e:
    print('NameError', e)
# eval with a module as __builtins__
print(eval("len('abc')", {'__builtins__': builtins}))
# an uncaught NameError from a custom builtins
exec("print(undefined_name)", {'__builtins__': {'print': print}})

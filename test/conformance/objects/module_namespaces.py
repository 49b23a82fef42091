# Module namespaces as CPython's import system and main program set them: __main__'s names
# (a program's print(dir())), a module's __spec__ / __loader__ / __package__, dir() of a
# module (its namespace only, a module-level __dir__, lazily provided names), and sys's
# process settings.
import sys
print(dir())
print(list(globals()))
print(__spec__, __package__, __annotations__)

import math, json, collections, functools, builtins
for m in (sys, builtins):
    print(m.__name__, m.__spec__.name, m.__spec__.origin, m.__loader__.__name__, repr(m.__package__))
print(repr(sys.__spec__))
print('__class__' in dir(math), '__dict__' in dir(sys), 'sqrt' in dir(math))
math.__spec__  # pyvm makes a module's spec on first use: after it, the namespace has it as CPython's does
print(dir(math) == sorted(math.__dict__))
print('cached_property' in dir(functools), 'partialmethod' in dir(functools))
print('__getattr__' in dir(functools))

import types
m = types.ModuleType('mm', 'docstring')
print(dir(m), m.__spec__, m.__loader__)
m.__dict__['__dir__'] = lambda: ['b', 'a']
print(dir(m))
class M(types.ModuleType):
    def __dir__(self):
        return ['custom']
print(dir(M('x')))
print(type(sys).__dir__(sys) == list(sys.__dict__))

print(repr(sys.abiflags), sys.api_version, sys.dont_write_bytecode, sys.warnoptions, sys._xoptions)
print(sys.pycache_prefix, sys.gettrace(), sys.getprofile(), sys.is_finalizing())
print(sys.getswitchinterval())
sys.setswitchinterval(0.25)
print(sys.getswitchinterval())
for bad in (0, -1.0, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.call_tracing(divmod, (17, 5)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(e)
print(isinstance(sys.orig_argv, list) and all(isinstance(a, str) for a in sys.orig_argv))

print(math.exp2(3), math.exp2(0.5), math.exp2(-1074), math.exp2(-1075), math.exp2(-2.5))
print(math.exp2(float('inf')), math.exp2(float('-inf')), math.exp2(float('nan')))
try:
    math.exp2(1024)
except OverflowError as e:
    print('OverflowError', e)
print(math.cbrt(8), math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(float('-inf')), math.cbrt(float('nan')), math.cbrt(1000))
try:
    math.cbrt('x')
except TypeError as e:
    print(e)

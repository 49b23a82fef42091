# __module__ of built-in functions (CPython's m_module): the builtins module's and a C
# module's functions name their module, bound built-in methods have None; it can be
# assigned any object, and deleting it leaves None.
import math, heapq, bisect, os, operator, itertools, time, random

exprs = [
    'len.__module__', 'print.__module__', '__build_class__.__module__', '__import__.__module__',
    'isinstance.__module__', 'iter.__module__', 'next.__module__', 'min.__module__',
    'math.sqrt.__module__', 'math.floor.__module__', 'heapq.heappush.__module__',
    'bisect.bisect.__module__', 'os.getcwd.__module__', 'operator.add.__module__',
    'time.time.__module__', '[].append.__module__', "'a'.upper.__module__", '{}.get.__module__',
    'dict.fromkeys.__module__', 'int.from_bytes.__module__', '(1).to_bytes.__module__',
    'object.__init_subclass__.__module__', 'random.random.__module__',
    'type(len).__module__', 'itertools.chain.__module__',
    'list.append.__module__', 'str.upper.__module__',
]
for e in exprs:
    try:
        print(e, repr(eval(e)))
    except AttributeError as x:
        print(e, 'AttributeError', x)

f = abs
f.__module__ = 'somewhere'
print(abs.__module__, f.__module__)
abs.__module__ = 3
print(abs.__module__)
del abs.__module__
print(abs.__module__)
abs.__module__ = 'builtins'
print(abs.__module__, abs(-2))

# pickle-style lookups: getattr(sys.modules[f.__module__], f.__qualname__) is f.
import sys
for fn in (len, math.sqrt, time.time, os.getcwd):
    print(fn.__qualname__, getattr(sys.modules[fn.__module__], fn.__qualname__) is fn)

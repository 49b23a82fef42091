# Argument-count errors of built-in module functions: CPython names the function with its
# (C) module in the "exactly one" / "no arguments" / "no keyword arguments" messages.
# (Functions whose messages still differ are left out: docs/performance.md, L session 4.)
import math, time, operator, heapq, bisect, itertools, functools
NAMES = [('math', 'acos'), ('math', 'acosh'), ('math', 'asin'), ('math', 'asinh'), ('math', 'atan'), ('math', 'atan2'), ('math', 'atanh'), ('math', 'ceil'), ('math', 'comb'), ('math', 'copysign'), ('math', 'cos'), ('math', 'cosh'), ('math', 'degrees'), ('math', 'dist'), ('math', 'erf'), ('math', 'erfc'), ('math', 'exp'), ('math', 'expm1'), ('math', 'fabs'), ('math', 'factorial'), ('math', 'floor'), ('math', 'fmod'), ('math', 'frexp'), ('math', 'fsum'), ('math', 'gamma'), ('math', 'gcd'), ('math', 'hypot'), ('math', 'isfinite'), ('math', 'isinf'), ('math', 'isnan'), ('math', 'isqrt'), ('math', 'lcm'), ('math', 'ldexp'), ('math', 'lgamma'), ('math', 'log'), ('math', 'log10'), ('math', 'log1p'), ('math', 'log2'), ('math', 'modf'), ('math', 'nextafter'), ('math', 'perm'), ('math', 'pow'), ('math', 'radians'), ('math', 'remainder'), ('math', 'sin'), ('math', 'sinh'), ('math', 'sqrt'), ('math', 'tan'), ('math', 'tanh'), ('math', 'trunc'), ('math', 'ulp'), ('time', 'monotonic'), ('time', 'perf_counter'), ('time', 'process_time'), ('time', 'sleep'), ('time', 'time'), ('operator', 'abs'), ('operator', 'add'), ('operator', 'and_'), ('operator', 'concat'), ('operator', 'contains'), ('operator', 'countOf'), ('operator', 'delitem'), ('operator', 'eq'), ('operator', 'floordiv'), ('operator', 'ge'), ('operator', 'getitem'), ('operator', 'gt'), ('operator', 'iadd'), ('operator', 'iand'), ('operator', 'iconcat'), ('operator', 'ifloordiv'), ('operator', 'ilshift'), ('operator', 'imatmul'), ('operator', 'imod'), ('operator', 'imul'), ('operator', 'index'), ('operator', 'indexOf'), ('operator', 'inv'), ('operator', 'invert'), ('operator', 'ior'), ('operator', 'ipow'), ('operator', 'irshift'), ('operator', 'is_'), ('operator', 'is_not'), ('operator', 'isub'), ('operator', 'itruediv'), ('operator', 'ixor'), ('operator', 'le'), ('operator', 'length_hint'), ('operator', 'lshift'), ('operator', 'lt'), ('operator', 'matmul'), ('operator', 'mod'), ('operator', 'mul'), ('operator', 'ne'), ('operator', 'neg'), ('operator', 'not_'), ('operator', 'or_'), ('operator', 'pos'), ('operator', 'pow'), ('operator', 'rshift'), ('operator', 'setitem'), ('operator', 'sub'), ('operator', 'truediv'), ('operator', 'truth'), ('operator', 'xor'), ('heapq', 'heapify'), ('heapq', 'heappop'), ('heapq', 'heappush'), ('heapq', 'heappushpop'), ('heapq', 'heapreplace'), ('itertools', 'tee')]
for modname, name in NAMES:
    f = getattr(__import__(modname), name, None)
    if f is None:
        continue
    for a, k in [((), {}), ((1, 2, 3, 4, 5, 6), {}), ((1,), {'zz': 1})]:
        if name == 'sleep' and len(a) == 1:
            continue
        try:
            f(*a, **k)
            r = 'ok'
        except TypeError as e:
            r = str(e)
        except Exception as e:
            r = type(e).__name__
        print(modname, name, len(a), r)

# Nested containers compared, JSON-encoded or decoded past the recursion limit raise
# RecursionError with CPython's words (its C code's _Py_EnterRecursiveCall), not only where the
# JavaScript stack runs out; below the limit they work.
import json, sys
def t(label, fn):
    try:
        r = fn()
        print(label, 'ok', r if isinstance(r, (bool, int)) else len(r))
    except RecursionError as e:
        print(label, type(e).__name__, e)
def nest(n, mk):
    x = mk(None)
    for i in range(n): x = mk(x)
    return x
for n in (300, 1500):
    l = nest(n, lambda x: [x]); l2 = nest(n, lambda x: [x])
    t(f'list== {n}', lambda: l == l2)
    t(f'list!= {n}', lambda: l != l2)
    t(f'list< {n}', lambda: l < l2)
    tp = nest(n, lambda x: (x,)); tp2 = nest(n, lambda x: (x,))
    t(f'tuple== {n}', lambda: tp == tp2)
    t(f'tuple>= {n}', lambda: tp >= tp2)
    d = nest(n, lambda x: {'a': x}); d2 = nest(n, lambda x: {'a': x})
    t(f'dict== {n}', lambda: d == d2)
    t(f'mixed== {n}', lambda: nest(n, lambda x: [{'k': (x,)}]) == nest(n, lambda x: [{'k': (x,)}]))
    t(f'in {n}', lambda: l in [l2])
    t(f'count {n}', lambda: [l2].count(l))
    t(f'json list {n}', lambda: json.dumps(l))
    t(f'json dict {n}', lambda: json.dumps(d))
    t(f'json indent {n}', lambda: json.dumps(l, indent=1))
    t(f'json loads {n}', lambda: json.loads('[' * n + ']' * n))
    t(f'json loads obj {n}', lambda: json.loads('{"a":' * n + '1' + '}' * n))
    t(f'repr {n}', lambda: repr(l))
# The count is given back: after the errors, the same work at a small depth works.
print(nest(50, lambda x: [x]) == nest(50, lambda x: [x]), len(json.dumps(nest(50, lambda x: [x]))))
sys.setrecursionlimit(2500)
l = nest(1500, lambda x: [x]); l2 = nest(1500, lambda x: [x])
t('limit 2500 list==', lambda: l == l2)
t('limit 2500 json', lambda: json.dumps(l))
t('limit 2500 loads', lambda: json.loads('[' * 1500 + ']' * 1500))
# Far past any limit: still RecursionError, never a crash.
sys.setrecursionlimit(1000)
deep = nest(10000, lambda x: [x])
t('deep list==', lambda: deep == nest(10000, lambda x: [x]))
t('deep json', lambda: json.dumps(deep))
t('deep repr', lambda: repr(deep))

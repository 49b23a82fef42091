# exec() and eval() of a code object with free variables (a nested function's code): an error
# without a closure, exec(..., closure=cells) runs it (3.11).
def f(x):
    return lambda: print('x is', x)
g = f(3)
for fn in (eval, exec):
    try:
        fn(g.__code__)
    except TypeError as e:
        print(fn.__name__, e)
try:
    exec(g.__code__, {})
except TypeError as e:
    print(e)
print(exec(g.__code__, {}, closure=g.__closure__))
mod = compile('y = 1', 's', 'exec')
for src, cl in (('1', g.__closure__), (mod, g.__closure__), (g.__code__, (1,)), (g.__code__, ()), (g.__code__, [1])):
    try:
        exec(src, {}, closure=cl)
    except TypeError as e:
        print(type(e).__name__, e)
ns = {}
print(exec(mod, ns, closure=None), ns['y'])

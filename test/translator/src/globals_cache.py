# The register loop's global-cache hit test (LOAD_GLOBAL, GLOBAL_BINARY_OP, CALL_GLOBAL written
# out in regvm/eval.ts, misses through RegVM.cold): a global rebound mid-loop, a builtin shadowed,
# replaced and deleted, and NameErrors from each of the three instructions (R, session 7).
import builtins
def f(n):
    return n + 1
def g(i):
    return f(i) + K - 1
K = 10
t = 0
for i in range(5):
    t += g(i)
    if i == 2:
        def f(n):
            return n * 2
        K = 100
print(t)
def h():
    return len([1, 2])
print(h())
builtins.len = lambda x: 42
print(h())
len = lambda x: 7
print(h())
del len
print(h())
del builtins.len
try:
    h()
except NameError as e:
    print("NameError", e)
def u():
    return missing_fn(1)
def v():
    return missing_name - 1
for fn in (u, v):
    try:
        fn()
    except NameError as e:
        print("NameError", e)
def w(i):
    return missing_name - i
try:
    w(3)
except NameError as e:
    print("NameError", e)
# A name found in the module globals is cached without the builtins' version (session 16): the
# builtins gaining or losing the same name changes nothing until the global goes.
SHADOW = 5
def shadow_load():
    return SHADOW
def shadow_call():
    return shadowfn(2)
def shadow_op(i):
    return SHADOW - i
def shadowfn(x):
    return x * 10
for step in range(4):
    print(step, shadow_load(), shadow_call(), shadow_op(1))
    if step == 0:
        def negate(x):
            return -x
        builtins.SHADOW = 'builtin'
        builtins.shadowfn = negate
    elif step == 1:
        del SHADOW
        del shadowfn
        builtins.SHADOW = 50
    elif step == 2:
        del builtins.SHADOW
        del builtins.shadowfn
        for fn in (shadow_load, shadow_call):
            try:
                fn()
            except NameError as e:
                print("NameError", e)
        SHADOW = 7
        def shadowfn(x):
            return x + 0.5

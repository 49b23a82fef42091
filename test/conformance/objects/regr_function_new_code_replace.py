# types.FunctionType(code, globals, name, argdefs, closure) (CPython's func_new: its checks, in its order) and code.replace(**changes).
import types
def f(a, b=2):
    return a + b
def outer():
    x = 5
    def inner(y):
        return x + y
    return inner
inn = outer()
g = types.FunctionType(f.__code__, {'__name__': 'mod'}, 'newname', (10,))
print(g.__name__, g.__qualname__, g.__module__, g(1), g.__defaults__)
h = types.FunctionType(inn.__code__, globals(), closure=inn.__closure__)
print(h(1), h.__name__)
k = types.FunctionType(code=f.__code__, globals=globals())
print(k(1, 1), k.__defaults__)
class CellLike: pass
tests = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(f.__code__, []),
    lambda: types.FunctionType(f.__code__, {}, 3),
    lambda: types.FunctionType(f.__code__, {}, None, [1]),
    lambda: types.FunctionType(inn.__code__, {}),
    lambda: types.FunctionType(inn.__code__, {}, None, None, None),
    lambda: types.FunctionType(inn.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(inn.__code__, {}, None, None, ()),
    lambda: types.FunctionType(f.__code__, {}, None, None, 5),
    lambda: types.FunctionType(f.__code__, {}, None, None, inn.__closure__),
    lambda: types.FunctionType(f.__code__),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(f.__code__, {}, None, None, None, 1),
    lambda: types.FunctionType(f.__code__, {}, bogus=1),
]
for t in tests:
    try:
        t()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
print(types.FunctionType(f.__code__, {})(3, 4))
def f2(a, b=2):
    return a + b
c = f2.__code__.replace(co_name='g')
print(c.co_name, f2.__code__.co_name, c.co_argcount, c.co_varnames)
print(c == f2.__code__, c is f2.__code__)
c2 = f2.__code__.replace()
print(c2.co_name, c2.co_consts == f2.__code__.co_consts)
import types
g = types.FunctionType(f2.__code__.replace(co_name='h'), globals())
print(g(1, 5), g.__code__.co_name)
for bad in [dict(co_name=3), dict(co_argcount='x'), dict(nonsense=1)]:
    try:
        f2.__code__.replace(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    f2.__code__.replace(1)
except TypeError as e:
    print('TypeError', e)

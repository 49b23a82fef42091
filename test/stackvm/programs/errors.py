def f(a, b, *, c):
    return a
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4), lambda: f(1, 2), lambda: f(1, b=2, a=3, c=4)):
    try:
        call()
    except TypeError as e:
        print(e)
n = None
for thunk in (lambda: 1 + "a", lambda: [] < (), lambda: n(), lambda: (1).foo, lambda: undefined_name, lambda: {}["x"], lambda: [1][5],
              lambda: int("x"), lambda: len(5), lambda: 1 // 0, lambda: -"s", lambda: {[]: 1}):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)

def g():
    print(local_var)
    local_var = 1
try:
    g()
except UnboundLocalError as e:
    print(e)
class K:
    __slots__ = ()
print(type(K()).__name__)
x = [1, 2, 3]
x.appendd(4)

# Keyword-only and positional-only parameters.
def f(a, /, b, *, c, d=4):
    return a, b, c, d
print(f(1, 2, c=3), f(1, b=2, c=3, d=5))
def g(*, key):
    return key
print(g(key='k'))
def h(a, b, /):
    return a - b
print(h(5, 3))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
g()

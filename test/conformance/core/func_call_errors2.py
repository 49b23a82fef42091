# More call errors: missing several arguments, **kwargs duplicates, non-callables.
def f(a, b, c):
    pass
def g(x, *, y, z):
    pass
num, text, nothing = 5, 'abc', None
for call in (lambda: f(1), lambda: g(1), lambda: g(1, y=2), lambda: f(1, **{'a': 2}),
             lambda: f(*[1, 2, 3, 4]), lambda: num(), lambda: text(), lambda: nothing()):
    try:
        call()
    except TypeError as e:
        print(e)
f(1, 2)

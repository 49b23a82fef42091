# Argument binding reports keyword errors before too many positional arguments, as CPython's
# initialize_locals: the keywords are bound first, then the positional count is checked.
def f1(a=0, *, b, **kw):
    return a, b, kw

def f2(a, b=1, /, *args, c, **kw):
    return a, b, args, c, kw

def f3(a, /, b, *, c=3):
    return a, b, c

def f4(a, b):
    return a, b

calls = [
    lambda: f1(1, 2, a=3),
    lambda: f1(1, 2, 3, b=4, c=5),
    lambda: f2(1, 2, 3, b=4, c=5),
    lambda: f3(1, 2, 3, b=4, c=5),
    lambda: f3(1, 2, 3, a=4),
    lambda: f3(1, 2, 3, xyz=4),
    lambda: f4(1, 2, 3, b=5),
    lambda: f4(1, 2, 3, q=5),
    lambda: f4(1, 2, 3),
    lambda: f4(1, 2, 3, **{'b': 1}),
    lambda: f1(1, 2, b=1),
    lambda: f3(1, 2, 3, c=1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)

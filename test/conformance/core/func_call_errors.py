# CPython's TypeError messages for bad calls to Python functions.
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kw(*, k):
    pass
cases = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: opt(1, 2, 3),
    lambda: one(b=2),
    lambda: one(1, a=2),
    lambda: kw(1),
    lambda: kw(),
    lambda: opt(),
    lambda: two(1, 2, c=3, d=4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)

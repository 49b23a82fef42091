# An exception raised in finally replaces the original (which becomes its context).
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
f()

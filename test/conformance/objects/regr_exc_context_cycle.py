def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, repr(exc.__context__), exc.__context__.__context__ is exc.__context__)
# a longer pre-existing cycle that does not contain the new exception
try:
    try:
        raise KeyError('a')
    except KeyError as a:
        b = IndexError('b'); c = OSError('c')
        a.__context__ = b; b.__context__ = c; c.__context__ = b
        raise ZeroDivisionError('z')
except ZeroDivisionError as z:
    print(repr(z.__context__), repr(z.__context__.__context__), repr(c.__context__))

# Several except clauses, tuples of types, base classes catching subclasses.
def risky(kind):
    if kind == 1:
        raise KeyError('k')
    if kind == 2:
        raise IndexError('i')
    if kind == 3:
        raise ZeroDivisionError('z')
    if kind == 4:
        raise TypeError('t')
    return 'fine'
for k in range(5):
    try:
        print(risky(k))
    except (KeyError, TypeError) as e:
        print('key or type:', type(e).__name__, e)
    except LookupError as e:
        print('lookup:', type(e).__name__)
    except ArithmeticError as e:
        print('arith:', repr(e))

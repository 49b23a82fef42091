# return from inside except and finally blocks in nested functions.
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return 'inf'
    finally:
        print('finally for', x)
print(f(4), f(0))
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if e.args[0] == 1:
                return f'returned at {i}'
print(g())

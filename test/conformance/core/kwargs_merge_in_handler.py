# A call's **mapping repeating a keyword: TypeError naming the function, except inside an
# except block, where CPython 3.11's DICT_MERGE leaves the KeyError it raised (its value is
# made an exception object to chain the handled one before the TypeError conversion looks).
def show(**kw):
    return sorted(kw.items())

def f(a, b=0):
    return a + b

try:
    show(a=1, **{'a': 2})
except TypeError as e:
    print('outside a handler:', e)

try:
    raise ValueError('first')
except ValueError:
    try:
        show(a=1, **{'a': 2})
    except KeyError as e:
        print('inside a handler: KeyError', e, type(e.__context__).__name__)
    try:
        f(1, **{'b': 2}, **{'b': 3})
    except KeyError as e:
        print('two mappings: KeyError', e)
    print(show(x=1, **{'y': 2}))

try:
    1 / 0
except ZeroDivisionError:
    f(a=1, **{'a': 5})

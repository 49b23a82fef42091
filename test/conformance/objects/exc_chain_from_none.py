# raise ... from None suppresses the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f'no {k}') from None
try:
    lookup({}, 'q')
except AttributeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
lookup({}, 'z')

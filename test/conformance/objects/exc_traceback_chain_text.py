# The full chained traceback goes to stderr; stdout shows the order of events.
def low():
    raise KeyError('low')
def mid():
    try:
        low()
    except KeyError as e:
        raise ValueError('mid') from e
def top():
    try:
        mid()
    except ValueError:
        raise RuntimeError('top')
print('start')
top()

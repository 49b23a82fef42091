# Implicit chaining: __context__ is set when raising inside a handler.
try:
    try:
        {}['missing']
    except KeyError as e1:
        raise ValueError('while handling')
except ValueError as e2:
    print(repr(e2.__context__), e2.__cause__, e2.__suppress_context__)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('second')
g()

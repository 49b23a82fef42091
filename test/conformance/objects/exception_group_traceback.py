# An uncaught exception group: CPython's boxed traceback (members numbered, each with its
# own traceback, a nested group indented one level).
def f():
    raise ValueError('inner v')
def g():
    try:
        f()
    except ValueError as e:
        ex1 = e
    raise ExceptionGroup('outer', [ex1, TypeError('t'), ExceptionGroup('nested', [KeyError('k')])])
g()

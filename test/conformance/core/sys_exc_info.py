# sys.exc_info() and sys.exception(): the exception being handled, nested handlers, after
# the handler, and inside a generator started in a handler; the handled part of except*.
import sys
print(sys.exc_info(), sys.exception())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('k')
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exc_info())
def g():
    try:
        yield sys.exception()
    finally:
        pass
try:
    raise ValueError('v')
except ValueError:
    print(repr(next(g())))
try:
    raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
except* ValueError:
    print(repr(sys.exc_info()[1]), repr(sys.exception()))
except* KeyError:
    print(repr(sys.exception()))

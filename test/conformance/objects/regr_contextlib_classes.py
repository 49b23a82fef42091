# contextlib's classes as CPython's (found by CPython's test_with / test_contextlib): Python
# classes with CPython's MROs, subclassable, with their attributes; `from contextlib import *`
# follows __all__; redirect_stdout can be re-entered while entered.
from contextlib import *
import contextlib
import sys
import io

print(sorted(contextlib.__all__))
print(ContextDecorator, AbstractContextManager, ExitStack.__name__)
print([c.__name__ for c in contextlib._GeneratorContextManager.__mro__])
for cls in (closing, nullcontext, suppress, redirect_stdout, redirect_stderr):
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
    print('  doc of an instance is the class doc:',
          cls(None).__doc__ == cls.__doc__ if cls is not suppress else cls().__doc__ == cls.__doc__)


# test_with's MockContextManager: a subclass of _GeneratorContextManager.
class Mock(contextlib._GeneratorContextManager):
    def __init__(self, *args):
        super().__init__(*args)
        self.entered = False
        self.exited = None

    def __enter__(self):
        self.entered = True
        return super().__enter__()

    def __exit__(self, typ, value, tb):
        self.exited = typ
        return super().__exit__(typ, value, tb)


def gen(a, b=0):
    """gen's doc"""
    yield a + b


m = Mock(gen, (1,), {'b': 2})
print(m.func is gen, m.args, m.kwds, type(m.gen).__name__, m.__doc__)
with m as v:
    print('value', v, m.entered)
print('exited', m.exited, hasattr(m, 'func'), hasattr(m, 'args'))
r = Mock(gen, (5,), {})._recreate_cm()
print(type(r).__name__, r.args)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e, e.__suppress_context__)


log = []


@contextmanager
def twice():
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')


try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e, log)


# redirect_stdout is re-entrant: it keeps a stack of the streams it replaced.
out = io.StringIO()
cm = redirect_stdout(out)
orig = sys.stdout
with cm:
    print('a')
    with cm:
        print('b')
    print('restored inside:', sys.stdout is out, file=sys.stderr)
print('restored:', sys.stdout is orig)
print(repr(out.getvalue()))


class MySuppress(suppress):
    def __exit__(self, *exc):
        r = super().__exit__(*exc)
        print('MySuppress', r)
        return r


with MySuppress(KeyError, IndexError):
    {}[1]
with MySuppress():
    pass
print(nullcontext(5).enter_result, closing(3).thing, suppress(ValueError)._exceptions)


class C(ContextDecorator):
    def __enter__(self):
        print('enter')

    def __exit__(self, *exc):
        print('exit')


@C()
def f(x):
    print('body', x)
    return x * 2


print(f(21))
print(issubclass(C, AbstractContextManager), isinstance(m, AbstractContextManager))

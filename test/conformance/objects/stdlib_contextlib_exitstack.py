# contextlib's ExitStack, AsyncExitStack, ContextDecorator, the ABCs, asynccontextmanager,
# aclosing, chdir, and @contextmanager managers used as decorators.
import contextlib
from contextlib import (ExitStack, AsyncExitStack, ContextDecorator, AbstractContextManager,
                        AbstractAsyncContextManager, asynccontextmanager, aclosing, chdir,
                        contextmanager)

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        log.append(f'exit {self.name} {t.__name__ if t else None}')
        return self.suppress


# enter_context, callback, push, LIFO order
with ExitStack() as stack:
    print(stack.enter_context(CM('a')))
    print(stack.enter_context(CM('b')))
    r = stack.callback(log.append, 'callback 1')
    print(r is log.append)
    def exit_fn(t, v, tb):
        log.append('push fn ' + repr(t))
    print(stack.push(exit_fn) is exit_fn)
    c = CM('c')
    print(stack.push(c) is c)
print(log)
log.clear()

# suppressing an exception inside the stack
with ExitStack() as stack:
    stack.enter_context(CM('outer'))
    stack.enter_context(CM('suppressor', suppress=True))
    stack.enter_context(CM('inner'))
    raise KeyError('x')
print('after suppress', log)
log.clear()

# not suppressed: the exception propagates
try:
    with ExitStack() as stack:
        stack.enter_context(CM('one'))
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e, log)
log.clear()

# exceptions raised by callbacks: the last one propagates, chained to the earlier ones
def raiser(exc):
    raise exc

try:
    with ExitStack() as stack:
        stack.callback(raiser, KeyError(1))
        stack.callback(raiser, IndexError(2))
        raise ValueError(3)
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(type(e.__context__.__context__).__name__, e.__context__.__context__)
    print(e.__context__.__context__.__context__)

# inside an except block: the chain ends at the handled exception
try:
    try:
        raise TypeError('outer')
    except TypeError:
        with ExitStack() as stack:
            stack.callback(raiser, KeyError('cb'))
except KeyError as e:
    print('ctx', type(e.__context__).__name__, e.__context__)

# a callback suppresses, a later one raises
def suppress_all(*a):
    log.append('suppress_all ' + a[0].__name__)
    return True
try:
    with ExitStack() as stack:
        stack.callback(raiser, RuntimeError('late'))
        stack.push(suppress_all)
        raise ValueError('first')
except RuntimeError as e:
    print('late', e, e.__context__, log)
log.clear()

# pop_all and close
with ExitStack() as stack:
    stack.callback(log.append, 'moved')
    moved = stack.pop_all()
print('after with', log)
moved.close()
print('after close', log)
log.clear()
print(type(moved).__name__, moved.__exit__(None, None, None))

# enter_context errors
for bad in (1, 'x', object()):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print(e)

# callback keyword arguments, __wrapped__
with ExitStack() as stack:
    stack.callback(print, 'kw', 'args', sep='-')
    cb = stack._exit_callbacks[-1][1]
    print(cb.__wrapped__ is print)

# ContextDecorator
class mycm(ContextDecorator):
    def __enter__(self):
        log.append('start')
        return self
    def __exit__(self, *exc):
        log.append('finish ' + str(exc[0]))
        return False

@mycm()
def work(x, y=2):
    log.append(('work', x, y))
    return x + y

print(work(1), work(3, y=4), log)
print(work.__name__)
log.clear()

@mycm()
def fails():
    raise ZeroDivisionError
try:
    fails()
except ZeroDivisionError:
    print('raised', log)
log.clear()

# @contextmanager managers as decorators, each call a fresh generator
@contextmanager
def tag(name):
    log.append('<' + name + '>')
    yield name
    log.append('</' + name + '>')

@tag('p')
def para(text):
    log.append(text)
    return len(text)

print(para('hi'), para('there'), log)
log.clear()
print(isinstance(tag('x'), contextlib._GeneratorContextManager))
for args in ((), (1, 2)):
    try:
        tag('x')(*args)
    except TypeError as e:
        print(e)

# ABCs
print(isinstance(ExitStack(), AbstractContextManager))
print(issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))
print(issubclass(type(open), AbstractContextManager))
class NoneExit:
    def __enter__(self): pass
    __exit__ = None
print(issubclass(NoneExit, AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print(e)
class Sub(AbstractContextManager):
    def __exit__(self, *a):
        return None
with Sub() as s:
    print(type(s).__name__)
print(AbstractContextManager[int])
print(ExitStack.__module__, AbstractContextManager.__name__, AsyncExitStack.__mro__[1].__name__)


class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        log.append('aenter ' + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        log.append('aexit ' + self.name + ' ' + (t.__name__ if t else 'None'))
        return False


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('coroutine suspended')


print(issubclass(ACM, AbstractAsyncContextManager), issubclass(CM, AbstractAsyncContextManager))


@asynccontextmanager
async def agen(name):
    log.append('agen start ' + name)
    try:
        yield name * 2
    except KeyError:
        log.append('agen caught')
    finally:
        log.append('agen end ' + name)


async def main():
    async with agen('z') as v:
        log.append(v)
    async with agen('k'):
        raise KeyError('swallowed')
    try:
        async with agen('v'):
            raise ValueError('kept')
    except ValueError as e:
        log.append('outer ' + str(e))
    async with AsyncExitStack() as stack:
        log.append(await stack.enter_async_context(ACM('s')))
        log.append(stack.enter_context(CM('sync')))
        async def acb(x, *, y):
            log.append(('acb', x, y))
        stack.push_async_callback(acb, 1, y=2)
        stack.callback(log.append, 'plain')
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(CM('notasync'))
    except TypeError as e:
        log.append(str(e))
    stack = AsyncExitStack()
    stack.push_async_exit(ACM('pushed'))
    await stack.aclose()

    class Closeable:
        async def aclose(self):
            log.append('aclosed')
    async with aclosing(Closeable()) as c:
        log.append(type(c).__name__)
    async with contextlib.nullcontext('nothing') as n:
        log.append(n)
    async with contextlib.nullcontext():
        log.append('null')
    return 'done'

print(run(main()))
for entry in log:
    print(entry)
log.clear()


@asynccontextmanager
async def noyield():
    if False:
        yield


async def bad():
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        return str(e)
print(run(bad()))


# chdir
import os
here = os.getcwd()
with chdir('/'):
    print(os.getcwd())
print(os.getcwd() == here)
c = chdir('/tmp')
with c:
    with c:
        pass
    print(os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
print(os.getcwd() == here)

# an error raised by a callback leaves the with statement
try:
    with ExitStack() as stack:
        stack.enter_context(CM('final'))
        stack.callback(raiser, LookupError('from a callback'))
except LookupError as e:
    print(repr(e), log)

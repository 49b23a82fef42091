# __context__ is set where an exception is raised, not in the frames it propagates through
# (register VM, session 15: the unwind chained it again in every frame, and again when it
# came back from a Python function called by runtime code such as __exit__ or a key function).

def show(tag, e):
    c = e.__context__
    print(tag, type(e).__name__, None if c is None else type(c).__name__, e.__suppress_context__)

def g(exc):
    try:
        raise exc
    except BaseException:
        exc.__context__ = None
        raise

def outer(exc):
    g(exc)

def outer2(exc):
    try:
        pass
    except:
        pass
    g(exc)

class W:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        g(KeyError('w'))

def withw(e0):
    with W():
        pass

def keyfn(x):
    g(KeyError('k'))

def sortk(e0):
    sorted([1, 2], key=keyfn)

def run(fn):
    try:
        try:
            raise TypeError('t')
        except TypeError:
            fn(KeyError('k'))
    except KeyError as e:
        show(fn.__name__, e)

for fn in (g, outer, outer2, withw, sortk):
    run(fn)

# Chaining still happens where the exception is raised: in a callee, in a generator, by the
# runtime, and for PEP 479's RuntimeError (its cause, so __suppress_context__ True).
def raiser():
    raise ValueError('v')

def gen_raise():
    yield 1
    raise ValueError('g')

def gen_stop():
    yield 1
    raise StopIteration

def runtime_error():
    return {}['missing']

def cases():
    for what in (raiser, lambda: list(gen_raise()), lambda: list(gen_stop()), runtime_error, lambda: sorted([1, 'a'])):
        try:
            try:
                raise OSError('o')
            except OSError:
                what()
        except Exception as e:
            show('raised', e)

cases()

# A bare raise and raise ... from keep their context; a handled exception does not leak.
def reraise():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b') from None
    except ValueError as e:
        show('from None', e)
    try:
        try:
            raise KeyError('a')
        except KeyError as k:
            try:
                raise ValueError('b')
            except ValueError:
                raise k
    except KeyError as e:
        show('raise k', e)
    try:
        raise IndexError('i')
    except IndexError as e:
        show('plain', e)

reraise()

# The exception escaping a generator resumed by a for loop inside an except block.
def gen_ctx():
    yield 1
    e = KeyError('gen')
    e.__context__ = None
    try:
        raise e
    except KeyError:
        e.__context__ = None
        raise

try:
    try:
        raise TypeError('t')
    except TypeError:
        for x in gen_ctx():
            pass
except KeyError as e:
    show('gen loop', e)

# gen.throw into a generator delegating with `yield from` inside an except block: the exception
# the delegate lets out gets the delegating generator's handled exception as its context
# (CPython's gen_send_ex2 chains it; C's report, session 16).
def yf_inner():
    yield

def yf_outer():
    try:
        raise KeyError('a')
    except Exception:
        yield from yf_inner()

g = yf_outer()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    show('throw yield from', e)

def yf_outer2():
    try:
        raise KeyError('b')
    except Exception:
        yield 1

g = yf_outer2()
g.send(None)
try:
    g.throw(ValueError('v'))
except ValueError as e:
    show('throw plain', e)

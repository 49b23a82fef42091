# codecs.encode/decode (_codecs) wrap a codec's exception as CPython's wrap_codec_error:
# a new exception of the same type naming the operation and codec, the original its __cause__,
# unless the exception may carry more than a message (CPython's test_codecs ExceptionChainingTest).
import _codecs

to_raise = [None]


def fail(obj, errors='strict'):
    raise to_raise[0]


def search(name):
    if name == 'chaining_test':
        return (fail, fail, None, None)
    return None


_codecs.register(search)


class Slotted(RuntimeError):
    __slots__ = ()


class Plain(RuntimeError):
    pass


class WithInit(RuntimeError):
    def __init__(self, *args):
        super().__init__(*args)


class WithNew(RuntimeError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


def with_attr():
    e = RuntimeError('has an attribute')
    e.extra = 1
    return e


for make in [lambda: RuntimeError, lambda: RuntimeError('This should be wrapped'), lambda: Slotted('slotted'),
             lambda: Plain('plain'), lambda: WithInit('init'), lambda: WithNew('new'), lambda: ValueError(1),
             lambda: ValueError('a', 'b'), lambda: OSError('os'), lambda: KeyError('k'), lambda: AttributeError('attr'),
             lambda: StopIteration('stop'), lambda: UnicodeError('uni'), with_attr, lambda: TypeError]:
    for f, arg in ((_codecs.encode, 'text'), (_codecs.decode, b'bytes')):
        to_raise[0] = make()
        try:
            f(arg, 'chaining_test')
        except BaseException as e:
            c = e.__cause__
            print(f.__name__, type(e).__name__, repr(str(e)), type(c).__name__ if c is not None else None,
                  repr(str(c)) if c is not None else '', c is to_raise[0] or type(c) is to_raise[0],
                  c.__traceback__ is not None if c is not None else '')

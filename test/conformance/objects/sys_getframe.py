# sys._getframe and frame objects: f_code, f_lineno of callers, f_back, f_locals, f_globals,
# module and class frames, tb_frame. (pyvm's frame objects are snapshots: this program reads
# f_locals and the innermost f_lineno only where a snapshot equals CPython's live view: on the
# line of the sys._getframe() call itself.)
import sys


def here():
    """The caller's line, the usual idiom."""
    return sys._getframe(1).f_lineno


def caller_name():
    return sys._getframe(1).f_code.co_name


def f(a, b=2):
    c = a + b
    print(sorted(sys._getframe().f_locals), sys._getframe().f_locals['c'])
    print(sys._getframe().f_code.co_name, sys._getframe().f_back.f_code.co_name, sys._getframe().f_back.f_lineno)
    print(sys._getframe().f_globals is globals(), sys._getframe().f_lineno)
    print('line', here())
    d = [c]
    return sys._getframe()


fr = f(1)
print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_back is None or fr.f_back.f_code.co_name)
print(type(fr).__name__, repr(fr).startswith('<frame at 0x'), "code f>" in repr(fr))


def outer():
    x = 5

    def inner():
        return x, caller_name(), sorted(sys._getframe().f_locals)
    return inner()


print(outer())
print(caller_name())


def g():
    return caller_name()


print(g())


def depth(n):
    if n == 0:
        names = []
        fr = sys._getframe(1)
        while fr is not None:
            names.append((fr.f_code.co_name, fr.f_lineno))
            fr = fr.f_back
        return names
    return depth(n - 1)


print(depth(3))

try:
    sys._getframe(500)
except ValueError as e:
    print('ValueError:', e)
print(sys._getframe(-3).f_code.co_name, sys._getframe(0).f_back)


class K:
    where = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)
    line = here()


print(K.where, K.names, K.line)
print(sys._getframe().f_locals is globals())

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame is tb.tb_frame, type(tb.tb_frame).__name__)


def gen():
    yield sys._getframe().f_code.co_name
    yield caller_name()


print(list(gen()))
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError:', e)

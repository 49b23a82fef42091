# Errors the stack loop raises itself without a JS throw (session 13): an exact dict's missing
# key, an exact list's out-of-range index, int // and % by zero. Their exceptions must be
# CPython's: type, args, message, traceback lines, context, and the cases that go the general
# way (subclasses, __missing__, negative indices, floats, bools, big ints).
import sys
import traceback


def tb_lines(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


def key_missing(d, k):
    return d[k]


def idx(l, i):
    return l[i]


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def run(name, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(name, type(e).__name__, repr(e), e.args, tb_lines(e), e.__context__ is None)
    else:
        print(name, 'ok', repr(r))


d = {'a': 1, 2: 'two', (1, 2): 'pair', None: 0}
run('dict str', key_missing, d, 'b')
run('dict int', key_missing, d, 3)
run('dict tuple', key_missing, d, (1, 3))
run('dict hit', key_missing, d, (1, 2))
run('dict None', key_missing, d, None)
run('dict 2.0', key_missing, d, 2.0)
run('dict True', key_missing, {1: 'x'}, True)
run('dict False', key_missing, {1: 'x'}, False)
run('dict empty', key_missing, {}, '')
run('dict unhashable', key_missing, d, [1])
k = ('x', 1)
try:
    d[k]
except KeyError as e:
    print('same key object', e.args[0] is k)


class Missing(dict):
    def __missing__(self, key):
        return ('missing', key)


class Plain(dict):
    pass


run('dict __missing__', key_missing, Missing(a=1), 'z')
run('dict subclass', key_missing, Plain(a=1), 'z')

l = [10, 20, 30]
run('list 3', idx, l, 3)
run('list -1', idx, l, -1)
run('list -3', idx, l, -3)
run('list -4', idx, l, -4)
run('list big', idx, l, 10 ** 20)
run('list -big', idx, l, -10 ** 20)
run('list True', idx, l, True)
run('list empty', idx, [], 0)
run('list float', idx, l, 1.0)


class L(list):
    pass


run('list subclass', idx, L([1]), 5)
run('tuple', idx, (1,), 5)
run('str', idx, 'ab', 5)

for a, b in [(7, 0), (-7, 0), (0, 0), (7, 2), (-7, 2), (7, -2), (7.0, 0), (7, 0.0), (True, False), (7, False), (10 ** 30, 0), (7, 10 ** 30)]:
    run('floordiv %r %r' % (a, b), fdiv, a, b)
    run('mod %r %r' % (a, b), mod, a, b)

x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print('inplace //', repr(e), x)
try:
    x %= 0
except ZeroDivisionError as e:
    print('inplace %', repr(e), x)

# Raised while another exception is handled: the context, and the traceback of both.
try:
    try:
        {}['outer']
    except KeyError:
        [][0]
except IndexError as e:
    print('context', repr(e), repr(e.__context__), tb_lines(e), tb_lines(e.__context__))

try:
    try:
        1 // 0
    finally:
        print('finally ran')
except ZeroDivisionError as e:
    print('after finally', repr(e))

# In a loop, caught and counted; the handler sees sys.exc_info.
counts = [0, 0, 0]
for i in range(300):
    try:
        if i % 3 == 0:
            {}[i]
        elif i % 3 == 1:
            [1, 2][i]
        else:
            i % 0
    except (KeyError, IndexError, ZeroDivisionError):
        t = sys.exc_info()[0]
        counts[0 if t is KeyError else 1 if t is IndexError else 2] += 1
print('loop', counts, sys.exc_info())


# In a generator: the error leaves the generator, which is finished.
def gen():
    yield 1
    yield {}['g']
    yield 3


g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print('gen', repr(e), tb_lines(e))
print('gen after', next(g, 'done'))

# Formatted traceback text (print_exc) of each kind.
for f, args in [(key_missing, ({}, 'k')), (idx, ([], 1)), (fdiv, (1, 0)), (mod, (1, 0))]:
    try:
        f(*args)
    except Exception:
        text = traceback.format_exc().splitlines()
        print('\n'.join(line for line in text if 'File' not in line))

# Uncaught at the end: the whole traceback on stderr.
def outer():
    return key_missing({'a': 1}, 'missing')


outer()

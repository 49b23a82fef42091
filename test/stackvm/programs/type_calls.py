# Built-in types called with positional arguments (float(x), int(s), str(x), bool(x), range(n),
# tuple/list/set/frozenset/dict/complex): the loops' CALL calls their call entries
# (runtime/lib_type_calls.ts) as built-in functions; results and errors must be the types' own.


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class WithInt:
    def __int__(self):
        return 11


class WithTrunc:
    def __trunc__(self):
        return 13


class BadFloat:
    def __float__(self):
        return 1


class WithStr:
    def __str__(self):
        return 'with-str'


class BadStr:
    def __str__(self):
        return 3


class NegLen:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


class F(float):
    pass


class I(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)


class L(list):
    def __init__(self, it):
        super().__init__(it)
        self.extra = len(self)


def attempt(f, *args):
    try:
        r = f(*args)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def floats(v):
    # float(v) with a local last argument (LOAD_FAST__PRECALL__CALL when quickened)
    try:
        r = float(v)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def ints(v):
    try:
        r = int(v)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def strs(v):
    try:
        r = str(v)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def bools(v):
    try:
        r = bool(v)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def main():
    for v in [3, True, 2.5, F(1.25), '1.5', ' nan ', '-inf', 'x1', None, WithFloat(), WithIndex(), BadFloat(), [1], 10 ** 400]:
        print('float', repr(v) if not hasattr(v, '__dict__') else type(v).__name__, floats(v))
    for v in [3, True, 3.7, -2.9, '12', ' -0x1 ', 'zz', None, WithIndex(), WithInt(), I(4), 1e300, float('inf'), float('nan'), b'42', '١٢']:
        print('int', repr(v) if not hasattr(v, '__dict__') else type(v).__name__, ints(v))
    for v in [1, 'a', 2.5, None, WithStr(), BadStr(), b'x', [1, 'b'], F(3.0)]:
        print('str', type(v).__name__, strs(v))
    for v in [0, 1, '', 'a', [], [0], None, 0.0, NegLen(), BadBool(), WithStr()]:
        print('bool', type(v).__name__, bools(v))
    print(float(), int(), str(), bool(), tuple(), list(), set(), frozenset(), dict(), complex())
    print(int('12', 8), int('z', 36), str(b'ab', 'ascii'), complex(1, 2), complex('1+2j'))
    print(attempt(int, '12', 1), attempt(int, 1.5, 10), attempt(float, 1, 2), attempt(str, 1, 2, 3, 4))
    print(attempt(range, 'a'), attempt(range, 1.5), attempt(range, 0, 1, 0), attempt(tuple, 5))
    print(list(range(3)), list(range(1, 5)), list(range(1, 10, 3)), tuple(x * x for x in range(4)))
    print(sorted(set([3, 1, 3])), sorted(frozenset('aba')), dict([(1, 2), (3, 4)]), list('ab'))
    print(dict(a=1), int(x='5', base=16) if False else int('5', base=16), float(F(2.0)).__class__)
    print(type(F(1.5)).__name__, type(I(4)).__name__, I(4), L([1, 2]).extra, type(L(())).__name__)
    t = 0.0
    for i in range(2000):
        t += float(i) + int(str(i)) + len(range(i & 3)) + len(tuple([i])) + bool(i)
    print(t)
    f = float
    print(f(7), [int(c) for c in '0123'], [str(x) for x in (1.0, 2, None)])
    int('not a number')


main()

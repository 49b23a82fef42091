# Session 4 (L): the built-in call path (runtime/call.ts callBuiltin: argument counts tested
# on the function object, then the unchecked implementation) and the typed fast paths after
# it. Every result and error message must be CPython 3.11's.
import math

def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

# Built-in functions with declared argument counts, through CALL (both VMs) and callObject.
attempt('len0', len)
attempt('len2', len, [1], [2])
attempt('lenkw', len, obj=[1])
attempt('len', len, [1, 2, 3])
attempt('floor', math.floor, 2.5)
attempt('floor-neg', math.floor, -2.5)
attempt('floor-int', math.floor, 10 ** 20)
attempt('floor-big', math.floor, 1e300)
attempt('floor-inf', math.floor, float('inf'))
attempt('floor-nan', math.floor, float('nan'))
attempt('floor-str', math.floor, 'x')
attempt('ceil', math.ceil, -0.5)
attempt('sqrt', math.sqrt, 2)
attempt('sqrt-neg', math.sqrt, -1)
attempt('abs', abs, -3)
attempt('abs0', abs)
attempt('ord', ord, 'a')
attempt('ord2', ord, 'ab')
attempt('chr', chr, 65)
attempt('chrbig', chr, 0x110000)
attempt('isinstance', isinstance, 1, int)
attempt('isinstance1', isinstance, 1)
attempt('min', min, 3, 1, 2)
attempt('minkey', min, [3, 1, 2], key=lambda v: -v)
attempt('max0', max)
attempt('divmod', divmod, 7, -2)
attempt('pow3', pow, 2, 10, 1000)
attempt('round', round, 2.675, 2)
attempt('round-kw', round, 2.5, ndigits=None)

# Called directly in loops (the VMs' CALL sites, warm).
t = 0
for i in range(200):
    t += math.floor(i / 3) + len('x' * (i % 5)) + abs(-i) + ord('a')
print('loop', t)
try:
    for i in range(3):
        len(*([1.5] * i))
except TypeError as e:
    print('loop-err', i, e)

# A subclass of float with its own __floor__ (the exact-float fast path must not take it).
class F(float):
    def __floor__(self):
        return 'floored'
print('subfloor', math.floor(F(2.5)))

# Built-in types called (typeCall and any per-type fast path).
attempt('float', float, 3)
attempt('float-str', float, ' 1.5 ')
attempt('float-bad', float, 'x')
attempt('float0', float)
attempt('float2', float, 1, 2)
attempt('floatkw', float, x=1)
attempt('float-big', float, 10 ** 400)
attempt('float-bool', float, True)
attempt('int', int, 3.9)
attempt('int-str', int, '  42 ')
attempt('int-base', int, 'ff', 16)
attempt('int-basekw', int, 'ff', base=16)
attempt('int0', int)
attempt('int-nan', int, float('nan'))
attempt('int-inf', int, float('inf'))
attempt('int-bad', int, '4.5')
attempt('int3', int, 1, 2, 3)
attempt('str', str, 12)
attempt('str0', str)
attempt('str-bytes', str, b'ab', 'ascii')
attempt('strkw', str, object=5)
attempt('tuple', tuple, [1, 2])
attempt('tuple0', tuple)
attempt('tuple-str', tuple, 'ab')
attempt('tuple2', tuple, 1, 2)
attempt('tuplekw', tuple, iterable=[1])
attempt('list', list, (1, 2))
attempt('list-kw', list, iterable=[1])
attempt('bool', bool, [])
attempt('bool1', bool, 'x')
attempt('bool2', bool, 1, 2)
attempt('boolkw', bool, x=1)
attempt('type1', type, 1.5)
attempt('dict', dict, a=1)
attempt('set', set, [1, 1])

class MyFloat(float):
    pass
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class MyTuple(tuple):
    pass
class MyStr(str):
    def __init__(self, v):
        self.extra = v
print('subclasses', repr(MyFloat(2)), type(MyFloat(2)).__name__, MyInt(3), repr(MyTuple([1])), MyStr(7).extra)
s = 0.0
for i in range(100):
    s += float(i) + int(i * 0.5) + len(str(i)) + len(tuple([i]))
print('loop-types', s)

# Methods of built-in types (PyMethodDescriptor.callWithSelf: counts on the descriptor, then
# the unchecked implementation; the checking wrapper only raises).
l = []
d = {'a': 1}
attempt('append', l.append, 1)
attempt('append0', l.append)
attempt('append2', l.append, 1, 2)
attempt('appendkw', l.append, x=1)
attempt('list.append', list.append, l, 2)
attempt('list.append0', list.append)
attempt('list.append-bad', list.append, (), 2)
attempt('get', d.get, 'a')
attempt('get-dflt', d.get, 'b', 5)
attempt('get0', d.get)
attempt('get3', d.get, 1, 2, 3)
attempt('getkw', d.get, 'a', default=3)
attempt('pop', d.copy().pop, 'a')
attempt('pop-missing', d.copy().pop, 'z')
attempt('join', ','.join, ['a', 'b'])
attempt('join0', ','.join)
attempt('join-bad', ','.join, [1])
attempt('split', 'a b'.split)
attempt('split-kw', 'a,b'.split, sep=',')
attempt('split3', 'a b'.split, ' ', 1, 2)
attempt('startswith', 'abc'.startswith, ('x', 'a'))
attempt('startswith0', 'abc'.startswith)
attempt('keys1', d.keys, 1)
attempt('sort-kw', [3, 1].sort, reverse=True)
attempt('sort-pos', [3, 1].sort, 1)
attempt('index', [1, 2].index, 2)
attempt('index-missing', [1, 2].index, 3)
attempt('count0', [1].count)
print('l', l)
n = 0
for i in range(300):
    l.append(i)
    n += d.get('a') + d.get('zz', 2) + len(','.join(['x', str(i)]))
    if i % 7 == 0:
        try:
            l.append()
        except TypeError as e:
            n += 1
print('loop-methods', n, len(l), l[-1])

# More built-in types called directly (their vectorcall entries).
attempt('range', lambda *a, **k: list(range(*a, **k)), 5)
attempt('range3', lambda *a: list(range(*a)), 1, 10, 3)
attempt('range0', range)
attempt('range-kw', range, 5, step=1)
attempt('range-float', range, 1.5)
attempt('enumerate', lambda *a, **k: list(enumerate(*a, **k)), 'ab', 1)
attempt('enumerate-kw', lambda **k: list(enumerate(**k)), iterable='ab', start=5)
attempt('enumerate0', enumerate)
attempt('zip', lambda *a: list(zip(*a)), 'ab', [1, 2, 3])
attempt('zip-strict', lambda *a, **k: list(zip(*a, **k)), 'ab', [1], strict=True)
attempt('map', lambda *a: list(map(*a)), abs, [-1, -2])
attempt('map1', map, abs)
attempt('filter', lambda *a: list(filter(*a)), None, [0, 1, 2])
attempt('reversed', lambda *a: list(reversed(*a)), [1, 2, 3])
attempt('reversed-bad', reversed, 5)
attempt('complex', complex, 1, 2)
attempt('complex-str', complex, '1+2j')
attempt('bytes', bytes, 3)
attempt('bytes-str', bytes, 'ab', 'ascii')
attempt('bytearray', bytearray, b'xy')
attempt('frozenset', frozenset, [1, 2, 1])
attempt('slice', slice, 1, 5)
attempt('dict-pairs', dict, [('a', 1)], b=2)
attempt('dict-bad', dict, 1)
attempt('list-bad', list, 1)
attempt('set-kw', set, x=1)
attempt('int-kw-only', int, x=5)
attempt('str-encoding', str, b'\xff', 'utf-8', 'replace')
attempt('object', lambda: type(object()).__name__)
attempt('type3', lambda: type('K', (), {}).__name__)
class L2(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = len(self)
print('list-sub', L2([1, 2]).tag, type(L2()).__name__)
print('type.__call__', type.__call__(float, 2), type.__call__(list, 'ab'))
for a, k in [((), {'x': 5}), ((5,), {'x': 1}), (('5',), {'base': 10, 'y': 2}), ((), {'base': 10}), ((1,2,3),{}), (('5',), {'base': 10})]:
    try:
        print(int(*a, **k))
    except TypeError as e: print(e)

# float(x) on its fast path: ints (safe and big), an exact float (itself), bools, strs,
# subclasses and objects with __float__ / __index__.
fx = 2.5
print('float-is', float(fx) is fx, float(MyFloat(1.5)) is fx, type(float(MyFloat(1.5))).__name__)
class HasFloat:
    def __float__(self):
        return 7.25
class HasIndex:
    def __index__(self):
        return 3
for v in [0, -0, 7, -(2 ** 53), 2 ** 53 + 1, 2 ** 63, True, False, '  -0.0 ', 'inf', '1_000.5', HasFloat(), HasIndex(), MyFloat(-0.0)]:
    print('float-of', type(v).__name__, repr(float(v)))
for v in [None, [1], '1e', 2 ** 1100]:
    attempt('float-bad-' + type(v).__name__, float, v)

# json's functions with missing arguments (Python functions in CPython: their messages).
import json
for f, a in [(json.dump, ()), (json.dump, (1,)), (json.load, ()), (json.loads, ()), (json.dumps, ())]:
    attempt('json-' + f.__name__ + str(len(a)), f, *a)
print('json-ok', json.dumps([1, 'a']), json.loads('[2]'))

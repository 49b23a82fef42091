# Session 18 (L): str subscripts of short strs (the scan up to the index) and str.join's
# byte-buffer loops after their first (OSR-compiled) use. Output compared with CPython 3.11.

def show(x):
    return ascii(x)


# ---- subscripts of strs shorter than 32 units: astral characters (surrogate pairs in pyvm's
# UTF-16 strs) before, at and after the index; lone surrogates; negative indices; out of range.
samples = [
    'item\t123 "quo',
    'abc\U0001F600def',
    '\U0001F600abcdef',
    'abcdef\U0001F600',
    '\U0001F600\U0001F601x',
    'x\ud800y',
    'x\udc00y\ud83d',
    '',
    'q',
    'é€\u00ff\u0100abc',
    'a' * 31 + '\U0001F600',
    'a' * 30 + '\U0001F600',
    '\U0001F600' * 15 + 'z',
]
for s in samples:
    row = []
    for i in range(-len(s) - 2, len(s) + 2):
        try:
            row.append(show(s[i]))
        except IndexError as e:
            row.append('IE:' + str(e))
    print(len(s), ' '.join(row))

# The same subscripts warm (a loop indexing one str many times, then others).
def warm(s, idx, n):
    t = 0
    for _ in range(n):
        for i in idx:
            t += ord(s[i])
    return t

print(warm('abcdefghijklm', [0, 5, 12, -1, -13], 2000))
print(warm('ab\U0001F600cdefghij', [0, 1, 2, 3, 10, -1, -11], 2000))
print(warm('abcdefghij\U0001F600', [0, 9, 10, -1, -2], 2000))
try:
    warm('abc\U0001F600', [4], 1)
except IndexError as e:
    print('IndexError', e)
try:
    warm('abc', [-4], 1)
except IndexError as e:
    print('IndexError', e)


# ---- str.join through the byte buffer: the first long join compiles its loop; later joins
# take the paths that join had not run (another separator, a full 32 KB chunk, a character
# above U+00FF in an item or the separator).
def digest(s):
    h = 0
    for ch in s[::97]:
        h = (h * 31 + ord(ch)) % 1000000007
    return len(s), h, ascii(s[:20]), ascii(s[-20:])

small = [str(i % 1000) for i in range(8000)]
print(digest(''.join(small)))
big = ['x%d' % (i % 97) for i in range(40000)]
print(digest(''.join(big)))
print(digest(' '.join(big)))
print(digest(', '.join(big)))
print(digest('::'.join(small)))
print(digest(('-' * 300).join(small[:500])))
wide = small[:5000] + ['\u0101b'] + small[5000:]
print(digest(''.join(wide)))
print(digest(' '.join(wide)))
print(digest('\u0100'.join(small)))
print(digest('\xff'.join(small)))
for k in range(3):
    print(digest(''.join(small[k:])), digest('|'.join(big[k:])))
print(digest(''.join(['ab'] * 9)), digest('x'.join([''] * 20)))


# ---- range(n), range(a, b), list(x), tuple(x) through the types' own call entries.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class L2(list):
    def __iter__(self):
        return iter(['sub'] + list.__iter__(self).__class__.__name__.split())

class T2(tuple):
    def __iter__(self):
        return iter(('t2',))

def gen():
    yield 1
    yield 2

args1 = [0, 3, -2, True, False, 2 ** 40, -(2 ** 70), Idx(4), 3.0, '3', None, [1]]
for a in args1:
    for k in range(3):
        try:
            r = range(a)
            print('range1', repr(r), len(r), list(r[:3]))
        except Exception as e:
            print('range1', type(e).__name__, e)
args2 = [(0, 3), (5, 1), (-3, 3), (True, 4), (2 ** 60, 2 ** 60 + 3), (1, 2 ** 70), (Idx(1), 3), (1, Idx(5)), (1, 3.5), ('a', 2), (0, None)]
for a, b in args2:
    try:
        r = range(a, b)
        print('range2', repr(r), len(r), list(r[:3]))
    except Exception as e:
        print('range2', type(e).__name__, e)
for i in range(2000):
    r = range(i % 7)
    s = range(i % 5, i % 9)
print(r, s, sum(range(100)), sum(range(3, 50)))

src = [1, 2, 3]
tup = (4, 5)
sub = L2([7, 8])
tsub = T2((9,))
for x in [src, tup, sub, tsub, 'abc', gen(), {'k': 1, 'j': 2}, {3}, range(4), iter([6]), b'ab', 5, None]:
    for f in (list, tuple):
        try:
            r = f(x)
            print(f.__name__, repr(r), type(r).__name__, r is x)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
c = list(src)
c.append(99)
print(src, c, c is src)
t = tuple(tup)
print(t is tup, tuple(src) == (1, 2, 3), list(tup) == [4, 5])
sl = list(src)
sl[0] = 'changed'
print(src, sl)
for i in range(3000):
    a = list(src)
    b = tuple(src)
    c2 = tuple(tup)
print(a, b, c2 is tup, len(a))
try:
    list([1], [2])
except TypeError as e:
    print('TypeError', e)
try:
    tuple(1, 2)
except TypeError as e:
    print('TypeError', e)
print(list(iterable=[1, 2]) if False else 'kw skipped')

# len() of ranges longer than 2**53 (exact ints; 2**63 and more: OverflowError).
for r in [range(2 ** 60), range(2 ** 53), range(2 ** 53 + 1), range(2 ** 53 - 1), range(-2 ** 60, 2 ** 60, 3),
          range(2 ** 62, -2 ** 62, -7), range(0, 2 ** 63 - 1), range(2 ** 63), range(-2 ** 64, 0)]:
    try:
        n = len(r)
        print('len', n, type(n).__name__, n == (r.stop - r.start + r.step - (1 if r.step > 0 else -1)) // r.step)
    except OverflowError as e:
        print('OverflowError', e)
print(bool(range(2 ** 60)), bool(range(2 ** 60, 0)))

# Session 17 (L): str.join of many short items through a byte buffer (runtime/str_methods.ts
# joinOneByte): one-byte, latin-1, BMP and astral items and separators, lone surrogates, items
# of 13+ units (cons strings: the old path), str subclasses, results past the 32 KB chunk.


def slow_join(sep, items):
    r = ''
    for i, x in enumerate(items):
        if i:
            r += sep
        r += str.__str__(x)
    return r


def digest(s):
    h = 0
    for ch in s:
        h = (h * 1000003 + ord(ch)) % 2305843009213693951
    return h


def check(label, sep, items):
    got = sep.join(items)
    want = slow_join(sep, items)
    print(label, len(got), got == want, digest(got), repr(got[:24]), repr(got[-24:]))


base = ['a', 'bc', 'def', '"', '\\t', '12345', 'x y', ',', '{', 'null', 'ab' * 6]
SEPS = ['', ' ', ', ', '\n', '\xff', 'é-', '€', '\U0001f600', 'ab' * 200, '-' * 256 + 'é', '\ud800']
for n in (8, 9, 10, 16, 31, 32, 33, 64, 100, 1000):
    items = [base[(i * 7 + n) % len(base)] for i in range(n)]
    for sep in SEPS:
        check('n=%d sep=%r' % (n, sep[:6]), sep, items)
    check('tuple n=%d' % n, '|', tuple(items))

odd = ['é', '\xff', '\x80', '\x00', 'ā', '€', '\U0001f600', '\ud800', '\udc00', 'a\ud83d', '\ude00b']
for o in odd:
    for pos in (0, 5, 19):
        items = ['k%d' % i for i in range(20)]
        items[pos] = o
        check('odd=%r pos=%d' % (o, pos), '', items)
        check('odd=%r pos=%d sep' % (o, pos), '; ', items)

# Items of 13 or more units (V8 cons strings when built by +), mixed with short ones.
longs = [('name%d' % i) + ': ' + str(i * 1234567) for i in range(50)]
check('long items', '\n', longs)
mixed = []
for i in range(60):
    mixed.append('k' if i % 3 else 'value-' + str(i) * 5)
check('mixed', ',', mixed)


class S(str):
    pass


subs = [S('a'), 'b'] * 10
print('subclass', ''.join(subs), type(''.join(subs)).__name__)
try:
    ''.join(['a'] * 20 + [1])
except TypeError as e:
    print('TypeError', e)
try:
    ' '.join(['a'] * 12 + [b'x'])
except TypeError as e:
    print('TypeError', e)

# Past the 32 KB chunk: results of ~330 KB, boundaries inside items and inside separators.
words = []
state = 42
for i in range(60000):
    state = (state * 1103515245 + 12345) % 2147483648
    words.append(['ka', 'shi', 'e', 'quvo', 'x'][state % 5])
    if state % 11 == 0:
        words.append('\n')
for sep in ('', ' ', ', ', '::-', 'é'):
    t = sep.join(words)
    print('big sep=%r' % sep, len(t), digest(t), t == slow_join(sep, words),
          repr(t[32760:32776]), repr(t[65530:65542]))
t = ' '.join(words)
print('big split', len(t.split()), len(t.split('\n')), t.count('ka'), t[32768], t[-1])
one = ['z'] * 32768
print('exact chunk', len(''.join(one)), ''.join(one) == 'z' * 32768, len(''.join(one + ['y'])))
for k in (32767, 32768, 32769):
    items = ['q'] * (k - 1) + ['é€']
    r = ''.join(items)
    print('edge', k, len(r), r[-3:], r == 'q' * (k - 1) + 'é€')
# The result is an ordinary str: hashing, indexing, slicing, comparing, dict keys.
u = ''.join(['ab'] * 20)
d = {u: 1}
print('dict', d['ab' * 20], u[3], u[5:9], u == 'ab' * 20, hash(u) == hash('ab' * 20))

# float(str): plain decimal literals of up to 15 digits and exponents within +-22 are parsed
# directly (float_ops.ts simpleDecimal); everything else as before.
import math
lits = ['1.5', '-12.25', '+3.14159', '100', '0.001', '2.5e3', '-0.5', '42.0', '5.', '.5', '-.5',
        '-0', '-0.0', '+0.0', '0', '1e22', '1e23', '1e-22', '1e-23', '9e22', '123456789012345',
        '1234567890123456', '12345678901234567', '999999999999999e22', '999999999999999e-22',
        '0.000000000000001', '1.000000000000000', '1.0000000000000002', '4.35', '0.1', '0.3',
        '2.675', '1E5', '1e+5', '1e-5', '1e05', '1e005', '1e0005', '1e', '1e+', 'e5', '.e5', '.',
        '', '-', '+', '1.5.3', '1_0.5', ' 1.5', '1.5 ', '1.5\n', '\t2.5', '1..5', '--1', '+-1',
        '00000000000000001.5', '0x10', '1d5', '1.5e3.2', 'inf', '-nan', 'Infinity', '1e308',
        '1e309', '-1e400', '1e-400', '٣.٥', '1.5e-0', '7e-10', '123.456e-7', '9007199254740993']
for s in lits:
    try:
        v = float(s)
        print('float', repr(s), repr(v), math.copysign(1.0, v))
    except ValueError as e:
        print('float', repr(s), 'ValueError', e)
state = 7
reprs = []
for i in range(20000):
    state = (state * 48271) % 2147483647
    nd = 1 + state % 17
    digits = str(state * 7919 % 10 ** nd).zfill(nd)
    point = (state >> 5) % (nd + 1)
    lit = digits[:point] + '.' + digits[point:] if (state >> 9) % 4 else digits
    if (state >> 11) % 3 == 0:
        lit += 'e' + str((state >> 13) % 61 - 30)
    if (state >> 17) % 2:
        lit = '-' + lit
    reprs.append(repr(float(lit)))
print('random literals', len(reprs), digest(' '.join(reprs)), reprs[:3], reprs[-3:])

# The long-str length caches (ops.ts strLen, str_methods.ts cpLen) meeting an equal str that is
# another object: the same text built again, with and without astral characters, scanned,
# measured, sliced and searched alternately; the cached object is replaced after 64 hits.
def build(k, astral):
    parts = []
    for i in range(k):
        parts.append('{"id": %d, "name": "item %d"}' % (i, i * 7))
        if astral and i % 5 == 2:
            parts.append('\U0001f600é')
    return ', '.join(parts)


for astral in (False, True):
    texts = [build(40, astral) for _ in range(3)]
    print('equal texts', astral, len(texts[0]), texts[0] == texts[1] == texts[2])
    acc = []
    for rnd in range(3):
        for t in texts:
            n = len(t)
            h = 0
            for pos in range(0, n, 3):
                h = (h * 31 + ord(t[pos])) % 1000000007
            acc.append((n, h, t[n // 2:n // 2 + 12], t.startswith('{"id"', 0), t.startswith('item', 9), t[-5:], t.find('😀')))
    print('scans', len(acc), len(set(acc)), acc[0])
    other = build(40, not astral)
    print('other', len(other), other[len(other) // 3], len(texts[1]), texts[1][len(texts[1]) // 3])

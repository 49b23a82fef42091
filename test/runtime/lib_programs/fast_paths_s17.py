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

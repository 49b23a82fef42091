# Session 12 (L) against CPython 3.11's output: the length of long strs (the core's strLen,
# answered without a scan when no unit is above U+00FF; over 4096 units tested first) and what
# builds on it: len(), indexing, negative indexes, slices, iteration, find/startswith with
# positions, on one-byte, two-byte, astral and lone-surrogate strs around the 4096 threshold,
# built by join, by repetition, by slicing and by concatenation, alternated in one loop.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def probe(name, s):
    n = len(s)
    print(name, n, repr(s[0]), repr(s[-1]), repr(s[n // 2]), repr(s[n - 2:]), repr(s[:3]))
    attempt(name + ' s[n]', lambda: s[n])
    attempt(name + ' s[-n-1]', lambda: s[-n - 1])
    print(name, repr(s[-n]), s.find('\U0001F600'), s.find('\u0100'), s.startswith('ab', 0), s.count('a'))
    total = 0
    for i in range(0, n, 97):
        total += ord(s[i])
    print(name, 'sum', total, sum(1 for _ in s), len(list(s)) == n)


bases = {
    'latin': 'abcdefghij',
    'latin1': 'abcd\xe9\xffghij',
    'wide': 'abcd\u0100fghij',
    'astral': 'abc\U0001F600efghi',
    'lone': 'abc\ud800efghij',
    'lonelow': 'abc\udc00efghij',
}
for size in (3, 409, 410, 411, 1000):
    for name, b in bases.items():
        joined = ''.join([b] * size)
        probe('%s*%d join' % (name, size), joined)
        probe('%s*%d rep' % (name, size), b * size)
        probe('%s*%d slice' % (name, size), ('x' + b * size)[1:])
        probe('%s*%d tail' % (name, size), 'ab' * (size * 5) + b)

# One wide unit at the very end of a long one-byte text, and one at the start.
for s in ('a' * 5000 + '\U0001F600', '\U0001F600' + 'a' * 5000, 'a' * 5000 + '\u0100', 'a' * 4097, 'a' * 4096 + '\ud83d'):
    probe('edge%d' % len(s), s)

# Several long strs alternated: each index asks for a different one's length.
texts = [''.join(['p%d' % k] * 3000) for k in range(3)] + ['\U0001F600' * 5000, 'q\u0100' * 3000]
acc = []
for i in range(0, 6000, 250):
    for t in texts:
        if i < len(t):
            acc.append(t[i])
        acc.append(str(len(t)))
print(''.join(acc).encode('utf-8', 'surrogatepass').hex()[:200], len(acc))

# Scanning one long text by index, as a decoder does.
text = ''.join('"k%d": [%d, "v\\u%04x"], ' % (i, i * 7, i) for i in range(400))
pos = 0
quotes = 0
while pos < len(text):
    if text[pos] == '"':
        quotes += 1
    pos += 1
print('quotes', quotes, len(text), text[-5:])


# Dicts with str keys (split dicts) iterated and compared without becoming combined.
def run(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def make(n, start=0):
    d = {}
    for k in range(start, start + n):
        d['k%d' % k] = k
    return d


a = {'id': 1, 'name': 'x', 'tags': ['a', 'b'], 'active': True, 'score': 5, 'parent': None}
b = {'id': 1, 'name': 'x', 'tags': ['a', 'b'], 'active': True, 'score': 5, 'parent': None}
c = {'name': 'x', 'id': 1, 'tags': ['a', 'b'], 'active': True, 'score': 5, 'parent': None}
print(a == b, a != b, a == c, c == a, list(a), list(c), list(a.items())[:2], list(c.values())[:2])
b['score'] = 6
print(a == b, a != b, b == a)
c['extra'] = 1
print(a == c, c == a)
del c['extra']
print(a == c, c == a, list(c))
n = float('nan')
print({'x': n} == {'x': n}, {'x': float('nan')} == {'x': float('nan')}, {'x': 1} == {'x': 1.0}, {'x': 1} == {'y': 1})
print({'x': {'y': [1, {'z': 2}]}} == {'x': {'y': [1, {'z': 2}]}}, {'x': {'y': [1, {'z': 2}]}} == {'x': {'y': [1, {'z': 3}]}})
print(make(40) == make(40), make(40) == make(39), make(3) == {'k0': 0, 'k1': 1, 'k2': 2}, {1: 'a'} == {'1': 'a'})


class Eq:
    def __init__(self, d, key, log):
        self.d, self.key, self.log = d, key, log

    def __eq__(self, other):
        self.log.append('eq %s %d' % (self.key, len(self.d)))
        if self.key == 'add':
            self.d['zz'] = 0
        elif self.key == 'del':
            self.d.pop('b', None)
        elif self.key == 'set':
            self.d['c'] = 'changed'
        return True

    __hash__ = None


for mode in ('add', 'del', 'set'):
    log = []
    d1 = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
    d2 = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
    d1['a'] = Eq(d1, mode, log)
    run('mutating eq ' + mode, lambda: (d1 == d2, d2 == d1))
    print(log, sorted(d1), len(d1))

# Mutation while iterating.
d = make(5)
out = []
for k in d:
    d[k] = d[k] * 10
    out.append(k)
print(out, d)


def add_during():
    d = make(4)
    for k in d:
        d['new'] = 1
run('add during', add_during)


def del_during():
    d = make(4)
    for k in d:
        del d['k3']
run('del during', del_during)


def clear_during():
    d = make(4)
    for k in d:
        d.clear()
run('clear during', clear_during)


def pop_readd():
    d = make(4)
    seen = []
    for k in d:
        seen.append(k)
        if k == 'k1':
            v = d.pop('k0')
            d['k0'] = v
    return seen, list(d)
run('pop readd', pop_readd)


def pop_readd_later():
    d = make(4)
    seen = []
    for k in d:
        seen.append(k)
        if k == 'k1':
            v = d.pop('k3')
            d['k3'] = v
    return seen, list(d)
run('pop readd later', pop_readd_later)


def items_values():
    d = make(3)
    it = iter(d.items())
    first = next(it)
    d['k0'] = 'replaced'
    return first, list(it), list(d.values()), list(reversed(list(d.keys())))
run('items values', items_values)

it = iter(make(3))
print(next(it), list(it), list(it), next(it, 'end'))
print(sorted(make(3)), dict(make(2)), {**make(2), 'x': 1})


def pop_readd_int():
    d = {0: 'a', 1: 'b', 2: 'c', 3: 'd'}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            d[0] = d.pop(0)
    return seen
run('pop readd int', pop_readd_int)


def swap_key():
    d = make(4)
    seen = []
    for k in d:
        seen.append(k)
        if k == 'k1':
            del d['k2']
            d['new'] = 9
    return seen, list(d)
run('swap key', swap_key)


def swap_key_before():
    d = make(4)
    seen = []
    for k in d:
        seen.append(k)
        if k == 'k2':
            del d['k0']
            d['new'] = 9
    return seen, list(d)
run('swap key before', swap_key_before)


def combined_then_iter():
    d = make(4)
    d[5] = 'int key'
    del d[5]
    seen = []
    for k, v in d.items():
        seen.append((k, v))
        d[k] = -1
    return seen, d
run('combined', combined_then_iter)

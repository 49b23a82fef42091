# Session 11 (L) against CPython 3.11's output: the fixed-arity entries added this session
# (str.strip/lstrip/rstrip with 0 and 1 arguments, str.capitalize(), str.title(),
# str.replace(old, new)) and str slicing with int or None bounds and no step (the direct
# path of str's mp_subscript): edge cases, wrong argument types and counts (CPython's
# messages), str subclasses with and without overrides, astral and surrogate strs, unbound
# calls.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# strip / lstrip / rstrip, 0 and 1 arguments
for w in ['', '.', '..,', 'hello,', ',.hello.,', '  pad  ', '\t\n x \x0b', 'x\u3000', '\U0001F600.', '.\U0001F600']:
    print(repr(w), repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()))
    print(repr(w.strip('.,')), repr(w.lstrip('.,')), repr(w.rstrip('.,')))
    print(repr(w.strip(None)), repr(w.lstrip(None)), repr(w.rstrip(None)))
    print(repr(w.strip('')), repr(w.strip('.')), repr(w.strip('xo. ,h')), repr(w.rstrip('\U0001F600.')))
attempt('strip-int', lambda: 'a'.strip(1))
attempt('lstrip-int', lambda: 'a'.lstrip(1))
attempt('rstrip-list', lambda: 'a'.rstrip(['a']))
attempt('strip2', lambda: 'a'.strip('a', 'b'))
attempt('strip-kw', lambda: 'a'.strip(chars='a'))
attempt('lstrip-kw', lambda: 'a'.lstrip(chars='a'))
print(str.strip('..a..', '.'), str.lstrip('..a..', '.'), str.rstrip('..a..', '.'))
attempt('unbound-strip-wrong', lambda: str.strip(1, '.'))
attempt('unbound-rstrip-wrong', lambda: str.rstrip(b'x'))


class S(str):
    pass


class T(str):
    def strip(self, chars=None):
        return 'T.strip(%r)' % (chars,)

    def capitalize(self):
        return 'T.capitalize'


for v in [S('..ab..'), T('..ab..')]:
    print(type(v).__name__, repr(v.strip('.')), repr(v.lstrip('.')), repr(v.rstrip('.')), repr(v.strip()))
    print(type(v.lstrip('.')).__name__, repr(v.capitalize()), repr(v.title()), repr(v.replace('.', '-')))
print(repr(S('ab').strip('')), type(S('ab').strip('')).__name__)
print(repr('..a..'.strip(S('.'))))


class H:
    strip = str.strip


attempt('class-attr-strip', lambda: H().strip('.'))
b = 'xxhixx'.strip
print(b('x'), b())

# capitalize / title
for w in ['', 'hello', 'HELLO wORLD', "they're bill's", 'ǆemal', 'ﬁsh', 'ß', '1abc', 'a\U0001F600b c', 'σς ΣΑΣ',
          'ΑΣ', 'ΑΣ.Σ', 'aΣb', "aΣ'b", "aΣ'", 'Σ', 'ΣΣ', 'ΑΣ ΣΑ', 'a\u0301Σ', 'aΣ\u0301', '\u0301Σ', '.Σ', '\U0001F600ΑΣ', 'ΣΑΣ\U0001F600']:
    print(repr(w.capitalize()), repr(w.title()))
attempt('capitalize1', lambda: 'a'.capitalize(1))
attempt('title1', lambda: 'a'.title('x'))

# replace(old, new)
for s, o, n in [('x.y', '.', '/'), ('aaa', 'a', 'bb'), ('aaa', '', '-'), ('', '', '-'), ('', 'a', 'b'),
                ('abc', 'abc', ''), ('a\U0001F600b', '\U0001F600', 'E'), ('xyx', 'y', 'y'), ('aa', 'aaa', 'b')]:
    print(repr(s.replace(o, n)))
attempt('replace-int1', lambda: 'a'.replace(1, 'b'))
attempt('replace-int2', lambda: 'a'.replace('a', 2))
attempt('replace-none', lambda: 'a'.replace(None, 'b'))
attempt('replace1', lambda: 'a'.replace('a'))
attempt('replace-kw', lambda: 'a'.replace('a', new='b'))
print(repr('a.b'.replace(S('.'), S('+'))), type('a.b'.replace(S('.'), S('+'))).__name__)
print(str.replace('a.b', '.', ':'))
attempt('unbound-replace-wrong', lambda: str.replace(b'a.b', '.', ':'))

# slicing with int or None bounds, no step
t = 'abcdefghij' * 5
for a in [None, 0, 3, -3, 49, 50, 51, 100, -100, True, False]:
    for b in [None, 0, 4, -4, 50, 60, -60, True]:
        print(a, b, repr(t[a:b]))
u = 'a\U0001F600b\U0001F601cd'
for a in [None, 0, 1, 2, -2, 6, 7]:
    for b in [None, 1, 2, -1, 9]:
        print(a, b, repr(u[a:b]))
print(repr(t[2:8:None]), repr(t[2:8:1]), repr(t[8:2:-1]), repr(''[0:5]), repr(''[:]))
print(repr(t[2**70:]), repr(t[:2**70]), repr(t[-2**70:3]))
print(repr(S('abcdef')[1:3]), type(S('abcdef')[1:3]).__name__)


class I:
    def __index__(self):
        return 2


print(repr(t[I():5]), repr(t[1:I()]))
attempt('slice-float', lambda: t[1.0:3])
attempt('slice-str', lambda: t[:'a'])
attempt('slice-step0', lambda: t[1:3:0])
lone = 'ab\ud800cd'
print(repr(lone[1:4]), len(lone[2:3]))

# list.insert(i, x), list.index(x), dict.setdefault(k[, d]): their own entries
l = [1, 2, 3]
for i, x in [(0, 'a'), (-1, 'b'), (100, 'c'), (-100, 'd'), (True, 'e'), (2, 'f'), (I(), 'g')]:
    l.insert(i, x)
    print(l)
attempt('insert-str', lambda: l.insert('a', 1))
attempt('insert-float', lambda: l.insert(1.0, 1))
attempt('insert-big', lambda: l.insert(2**70, 1))
attempt('insert1', lambda: l.insert(1))
attempt('insert-kw', lambda: l.insert(0, x=1))
print(l.index('a'), l.index(3), l.index(True), l.index('g'))
attempt('index-missing', lambda: l.index('zz'))
attempt('index-missing-list', lambda: l.index([1]))
attempt('index0', lambda: l.index())
print(l.index(3, 2), l.index(3, -5, 100))
print([1.0, 2].index(1), [float('nan')].index(float('nan')) if False else 'nan-skip')
nan = float('nan')
print([nan].index(nan))


class L2(list):
    def index(self, x):
        return 'L2.index'


print(L2([1, 2]).index(2), list.index(L2([1, 2]), 2))
lst = []


class E:
    def __eq__(self, o):
        if len(lst) < 6:
            lst.append(7)
        return False


lst.extend([E(), E()])
attempt('index-grows', lambda: lst.index(7))
lst2 = []


class F:
    def __eq__(self, o):
        del lst2[:]
        return False


lst2.extend([F(), F(), 5])
attempt('index-shrinks', lambda: lst2.index(5))

d = {}
print(d.setdefault('a'), d.setdefault('b', 2), d.setdefault('b', 3), d.setdefault('a', 9), d)
attempt('setdefault-unhashable', lambda: d.setdefault([], 1))
attempt('setdefault0', lambda: d.setdefault())
attempt('setdefault3', lambda: d.setdefault(1, 2, 3))
attempt('setdefault-kw', lambda: d.setdefault(1, default=2))


class D2(dict):
    def __missing__(self, k):
        return 'missing'


d2 = D2()
print(d2.setdefault('k', 1), d2, dict.setdefault(d2, 'j'), d2)
attempt('unbound-setdefault-wrong', lambda: dict.setdefault([], 1))

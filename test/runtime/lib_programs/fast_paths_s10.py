# Session 10 (L) against CPython 3.11's output: built-in methods called with 0-2 positional
# arguments (the loops' fixed-arity entries, runtime/function.ts fast0/fast1/fast2): the hot
# methods with their own entries (list.append, list.pop, dict.get, str.join, str.strip) and
# others through the shared ones; wrong argument counts and keywords, subclasses of list, dict
# and str (with and without overrides), an instance attribute shadowing the method, unbound
# calls (list.append(l, x)), errors raised inside the methods.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# list.append / list.pop
l = []
for i in range(5):
    l.append(i)
l.append('x')
l.append(None)
print(l, l.pop(), l.pop(), l.pop(0), l)
attempt('append0', lambda: l.append())
attempt('append2', lambda: l.append(1, 2))
attempt('appendkw', lambda: l.append(x=1))
attempt('pop-empty', lambda: [].pop())
attempt('pop-2', lambda: [1].pop(0, 1))
attempt('pop-str', lambda: [1].pop('a'))
attempt('pop-kw', lambda: [1].pop(index=0))
list.append(l, 'unbound')
print(l, list.pop(l), l)
attempt('unbound-wrong-self', lambda: list.append((), 1))
attempt('unbound-no-self', lambda: list.append())
m = l.append
m(42)
print(l)


class L(list):
    pass


class LA(list):
    def append(self, x):
        print('LA.append', x)
        super().append(x * 2)

    def pop(self, *a):
        print('LA.pop', a)
        return super().pop(*a)


a = L([1])
a.append(2)
print(type(a).__name__, a, a.pop(), a)
b = LA()
b.append(3)
b.append(4)
print(b, b.pop(), b.pop(0), b)
c = L()
c.append = lambda x: print('instance append', x)
c.append(5)
print(c)
attempt('L-pop-empty', lambda: L().pop())

# dict.get
d = {'a': 1, 2: 'two', (1, 2): 3.5, None: 0}
for k in ['a', 'b', 2, 2.0, True, (1, 2), None, 'zz']:
    print(repr(k), d.get(k), d.get(k, 'dflt'))
attempt('get0', lambda: d.get())
attempt('get3', lambda: d.get(1, 2, 3))
attempt('getkw', lambda: d.get('a', default=5))
attempt('get-unhashable', lambda: d.get([1]))
attempt('get-unhashable2', lambda: d.get({}, 1))
print(dict.get(d, 'a'), dict.get(d, 'q', 9))
attempt('unbound-get-wrong-self', lambda: dict.get([], 'a'))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print('eq called')
        return isinstance(other, Key) and other.v == self.v


dk = {Key(1): 'one'}
print(dk.get(Key(1)), dk.get(Key(2), 'none'))


class DM(dict):
    def __missing__(self, k):
        return 'missing'


class DG(dict):
    def get(self, k, dflt=None):
        return ('DG.get', k, dflt)


dm = DM(a=1)
print(dm.get('a'), dm.get('b'), dm['b'], dm.get('b', 2))
dg = DG(a=1)
print(dg.get('a'), dg.get('b', 3))

# str.join / str.strip
parts = ['a', 'b', 'c']
print(','.join(parts), ''.join(parts), '-'.join(x for x in 'xyz'), ''.join([]), '|'.join(('t',)))
attempt('join-int', lambda: ','.join(['a', 1]))
attempt('join-noniter', lambda: ','.join(5))
attempt('join0', lambda: ','.join())
attempt('join2', lambda: ','.join(parts, parts))
print(str.join('+', parts))
print(repr('  pad \n'.strip()), repr(''.strip()), repr('\t\u3000x\u2003'.strip()), repr('xxaxx'.strip('x')))
attempt('strip2', lambda: 'a'.strip('a', 'b'))
attempt('strip-int', lambda: 'a'.strip(1))
attempt('stripkw', lambda: 'a'.strip(chars='a'))


class S(str):
    pass


class SJ(str):
    def join(self, it):
        return 'SJ.join'

    def strip(self, *a):
        return 'SJ.strip'


s = S(' s ')
r = s.strip()
print(repr(r), type(r).__name__, repr(S('-').join(['a', 'b'])), type(S('-').join(['a'])).__name__)
print(SJ(',').join(parts), SJ(' x ').strip(), SJ(' x ').lstrip())

# Methods without their own entries, 0-2 arguments.
print('a,b'.split(','), 'a b'.split(), 'aXb'.replace('X', '-'), 'abc'.upper(), 'abc'.startswith('ab'))
ll = [3, 1, 2]
ll.insert(0, 9)
ll.sort()
ll.reverse()
print(ll, ll.index(2), ll.count(9))
attempt('insert1', lambda: ll.insert(1))
attempt('replace1', lambda: 'a'.replace('a'))
attempt('index-missing', lambda: ll.index(77))
st = set()
st.add(1)
st.add((1, 2))
st.discard(1)
print(st)
attempt('set-add-unhashable', lambda: st.add([]))
dd = {}
print(dd.setdefault('k', []), dd.setdefault('k'), dd, dd.pop('k'), dd)
attempt('dict-pop-missing', lambda: dd.pop('zz'))
print(dd.pop('zz', 'dflt'), list({'x': 1}.items()), list({'x': 1}.keys()))
print((1, 2, 1).count(1), (1, 2).index(2), b'ab'.upper(), bytearray(b'x').decode())

# Entries added for set.add, dict.keys/values/items, str.upper/lower/split.
st2 = set()
for x in [1, 2, 1, 'a', (1,), 2.0, True]:
    st2.add(x)
print(sorted(map(repr, st2)))
attempt('fs-add', lambda: frozenset().add(1))


class ST(set):
    def add(self, x):
        print('ST.add', x)


ST().add(3)
dv = {'k': 1, 'j': 2}
print(dv.keys(), dv.values(), dv.items(), DM(a=1).items(), type(dv.keys()).__name__)
attempt('keys1', lambda: dv.keys(1))
print('aBc'.upper(), 'AbC'.lower(), S('xY').upper(), type(S('xY').lower()).__name__, 'ǅ'.upper(), 'İ'.lower())
print(' a  b\tc\n'.split(), 'a,,b'.split(','), 'a b'.split(None), S('p q').split(), S('p-q').split('-'))
attempt('split-empty', lambda: 'a'.split(''))
attempt('split-int', lambda: 'a'.split(1))
attempt('split-bytes', lambda: 'a'.split(b'a'))
print(str.split('a b'), str.upper('x'))

# Unbound built-in methods called by the runtime (callObject): key functions, map.
words = ['Apple', 'bob', 'Cat', 'dog', S('Eel'), 'ant']
print(sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True))
print(list(map(str.strip, [' a ', S(' s '), '\tb\n'])), list(map(str.strip, ['xax', 'yby'], ['x', 'y'])))
print(list(map(str.join, [',', '-'], [['a', 'b'], ['c', 'd']])), list(map(list.pop, [[1, 2], [3]])))
print(list(map(dict.get, [{'a': 1}, {}], ['a', 'a'])), list(map(list.append, [[], []], [1, 2])))
attempt('map-upper2', lambda: list(map(str.upper, ['a'], ['b'])))
attempt('map-pop-empty', lambda: list(map(list.pop, [[]])))
attempt('map-get-wrong', lambda: list(map(dict.get, [[1]], ['a'])))
attempt('key-strip-int', lambda: sorted([1, 2], key=str.strip))
attempt('map-split-int', lambda: list(map(str.split, ['a b'], [3])))
print(list(map(str.split, ['a b', 'c-d'], [None, '-'])))

# Entries added for str.isdigit/isalpha/isalnum/isspace, startswith/endswith, list.extend.
for t in ['', '7', '٣', '²', 'a1', 'é', ' \t', '\u3000', 'ab', S('12'), '\U0001D7D9', 'Ⅻ']:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace())
txt = 'abc "true" 12345 \U0001F600x'
for w in ['', 'a', 'abc', 'true', 'x', ('q', 'ab'), ('zz',)]:
    print(repr(w), txt.startswith(w), txt.endswith(w), txt.startswith(w, 5), txt.endswith(w, 3), S('abc').startswith(w))
print(txt.startswith('true', 5), txt.startswith('true', -14), txt.startswith('x', 100), txt.endswith('x', -1), txt.startswith('x', None))
attempt('startswith-int', lambda: txt.startswith(1))
attempt('startswith-tuple-int', lambda: txt.startswith(('a', 1)))
attempt('endswith-list', lambda: txt.endswith(['a']))
attempt('startswith-bad-start', lambda: txt.startswith('a', 'b'))
attempt('startswith0', lambda: txt.startswith())
le = [1]
le.extend([2, 3])
le.extend((4,))
le.extend(le)
le.extend(x for x in 'ab')
le.extend({'k': 1})
le.extend('')
print(le)
attempt('extend-int', lambda: le.extend(5))
attempt('extend0', lambda: le.extend())
la = LA()
la.extend([1, 2])
print(la, list.extend(la, [3]), la)

# startswith / endswith with a start bound (BMP and astral strs, every start).
for t in ['', 'ab', 'abcab', 'ab\U0001F600ab']:
    for w in ['', 'a', 'ab', 'b', 'abcab', '\U0001F600', '\U0001F600ab']:
        print(repr(t), repr(w), [(t.startswith(w, k), t.endswith(w, k)) for k in [-99, -6, -3, -1, 0, 1, 2, 3, 4, 5, 6, 99, 2 ** 70, -2 ** 70]])
print('abc'.startswith('b', True), 'abc'.endswith('c', False), S('abc').startswith('c', 2), 'abc'.startswith('', 3), 'abc'.startswith('', 4))

# Entries added for set.remove/discard, list.remove, dict.pop.
sr = {1, 2, (3,), 'a'}
sr.remove(1)
sr.discard(2)
sr.discard(99)
sr.remove((3,))
print(sr)
attempt('set-remove-missing', lambda: sr.remove(7))
attempt('set-remove-unhashable', lambda: sr.remove([1]))
attempt('set-discard-unhashable', lambda: sr.discard([1]))
print(sr, {frozenset([1])}.remove({1}) if False else None)
sf = {frozenset([1]), 2}
sf.remove({1})
sf.discard({2})
print(sf)
lr = [1, 2.0, 'x', 2, Key(5)]
lr.remove(2)
lr.remove('x')
print(lr[:2], len(lr))
lr.remove(Key(5))
attempt('list-remove-missing', lambda: lr.remove(42))
dp = {'a': 1, 'b': 2, 3: 4}
print(dp.pop('a'), dp.pop('zz', None), dp.pop(3.0, 'x'), dp)
attempt('dict-pop-missing1', lambda: dp.pop((1, 2)))
attempt('dict-pop-unhashable', lambda: dp.pop([], 1))
print(DM(a=1).pop('b', 'no-missing'), DG(a=2).pop('a'))

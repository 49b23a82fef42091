# copy and deepcopy follow CPython's protocol (CPython's test_copy): per-type copiers, a class's
# __copy__/__deepcopy__, copyreg's dispatch table, then __reduce_ex__(4)/__reduce__ rebuilt by
# _reconstruct (state via __setstate__ or the dict and slots, list and dict items), the memo
# (keyed by id, keeping the originals alive), and copy.Error. pyvm's copy rebuilt instances from
# their __dict__ only, ignoring __reduce__, __getnewargs_ex__, copyreg and the memo argument.
import copy, copyreg

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)

class C:
    def __reduce__(self):
        return ''
c = C()
print(copy.copy(c) is c, copy.deepcopy(c) is c)

class R:
    def __init__(self, foo):
        self.foo = foo
    def __reduce_ex__(self, proto):
        return (R, (self.foo * 2,), {'extra': proto})
r = copy.copy(R(3))
print(type(r).__name__, r.foo, r.extra)
r = copy.deepcopy(R([1]))
print(r.foo, r.extra)

class NE:
    def __new__(cls, *, foo):
        self = object.__new__(cls)
        self.foo = foo
        return self
    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}
print(copy.copy(NE(foo=1)).foo, copy.deepcopy(NE(foo=[2])).foo)

class Reg(object):
    def __new__(cls, foo):
        obj = object.__new__(cls)
        obj.foo = foo
        return obj
def pickle_reg(obj):
    return (Reg, (obj.foo + 1,))
copyreg.pickle(Reg, pickle_reg)
print(copy.copy(Reg(41)).foo, copy.deepcopy(Reg(1)).foo)

class S:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'b': 'from getstate'}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.set = True
s = copy.copy(S())
print(sorted(vars(s).items()))

class Bad:
    def __getstate__(self):
        raise ValueError('ack')
show('getstate raises', lambda: copy.copy(Bad()))

class Six:
    def __reduce__(self):
        return (Six, (), None, None, None, None)
show('6-tuple', lambda: copy.copy(Six()))

class Cant:
    def __getattribute__(self, name):
        if name.startswith('__reduce'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
show('cant', lambda: copy.copy(Cant()))
show('cant deep', lambda: copy.deepcopy(Cant()))

t = ([],)
t[0].append(t)
y = copy.deepcopy(t)
print(y is not t, y[0] is not t[0], y[0][0] is y)

class Foo:
    def m(self):
        return self
f = Foo()
g = copy.deepcopy(f.m)
print(g.__func__ is f.m.__func__, g.__self__ is not f, type(g.__self__).__name__)

memo = {}
x = [1, (2, 3), 'a']
y = copy.deepcopy(x, memo)
print(y == x, y is not x, id(x) in memo, len(memo), id(memo) in memo, memo[id(memo)][0] is x)
memo = {}
print(copy.deepcopy((1, 2), memo) == (1, 2), len(memo))

b = bytearray(b'abc')
print(copy.copy(b) == b, copy.copy(b) is not b)
sl = slice(1, [2])
d = copy.deepcopy(sl)
print(d == sl, d is not sl, d.stop is not sl.stop)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)

class Slots:
    __slots__ = ('a', 'b')
o = Slots()
o.a = [1]
o2 = copy.deepcopy(o)
print(o2.a, o2.a is not o.a, hasattr(o2, 'b'))

class L(list):
    pass
l = L([1, [2]])
l.x = 5
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.x, l2[1] is not l[1])
class D(dict):
    pass
dd = D(a=[1])
dd2 = copy.copy(dd)
print(type(dd2).__name__, dd2, dd2['a'] is dd['a'])

class DC:
    def __deepcopy__(self, memo):
        print('memo is a dict:', type(memo).__name__)
        return 'deep'
    def __copy__(self):
        return 'shallow'
print(copy.copy(DC()), copy.deepcopy([DC()]))

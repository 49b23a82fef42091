# _weakref.ref accepts the built-in types whose instances CPython can weakly reference
# (tp_weaklistoffset != 0) and refuses the others with CPython's message; Python subclasses of
# the refused types get a __weakref__ slot and are accepted.
import _weakref, _thread, functools, collections, itertools, io, re, array, types

class C:
    def m(self):
        pass

def gen():
    yield 1

objs = [1, 'a', (), [], {}, object(), len, int, C, C(), lambda: 0, C().m, iter([]), iter(()),
        iter('\xe9'), iter({}), reversed([]), {}.keys(), set(), frozenset(), b'', 1.5, None, ...,
        NotImplemented, range(3), slice(1), property(), staticmethod(len), classmethod(len),
        super(C, C()), memoryview(b'a'), bytearray(), 1j, True, gen(), C.__dict__['__weakref__'],
        str.lower, [].append, int.__add__, object.__init__, (1).__add__, zip(), map(len, []),
        filter(None, []), enumerate([]), functools.partial(len), collections.deque(),
        collections.OrderedDict(), collections.defaultdict(), itertools.count(), itertools.tee([])[0],
        io.StringIO(), io.BytesIO(), re.compile('a'), array.array('b'),
        types.MappingProxyType({}), gen.__code__, types, list[int],
        ValueError(), _thread.allocate_lock(), _thread.RLock()]
for o in objs:
    try:
        _weakref.ref(o)
        print('ok', type(o).__name__)
    except TypeError as e:
        print('TypeError', e)

class P(property): pass
class M(map): pass
class Z(zip): pass
class E(enumerate): pass
class S(staticmethod): pass
for o in (P(), M(len, []), Z(), E([]), S(len)):
    r = _weakref.ref(o)
    print(type(o).__name__, r() is o)

# The operator module as CPython 3.11's (CPython's test_operator): operator.call and __all__, the
# dunder names as the same functions, concat of non-sequences, the getters refusing keywords,
# their __reduce__ (pickling, copy), length_hint's TypeError from __length_hint__ as no hint,
# countOf/indexOf's 'argument of type' message.
import operator
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(operator.attrgetter('x'), 1, y=2)
t(operator.attrgetter('x'))
t(operator.attrgetter('x'), 1, 2)
t(operator.itemgetter(1), [1,2], y=2)
t(operator.methodcaller('x'), 1, y=2)
t(operator.methodcaller('x'), y=2)
t(operator.concat, 13, 29)
t(operator.concat, None, None)
t(operator.iconcat, 13, 29)
t(operator.concat, [1], (2,))
t(operator.concat, 'a', 3)
t(operator.length_hint, [], 'a')
t(operator.length_hint, [], 2.0)
t(operator.call, len, [1])
t(operator.call)
print(operator.call.__name__, operator.__call__.__name__, operator.__add__.__name__, operator.__concat__ is operator.concat)
print(operator.__all__)
t(operator.attrgetter, 'a', 3)
t(operator.attrgetter, ('x', (), 'y'))
t(operator.methodcaller, 12)
t(operator.methodcaller)
t(operator.itemgetter)
t(operator.attrgetter, 'a', x=3)
t(operator.itemgetter, 'a', x=3)
t(operator.methodcaller, name='a')
for g in [operator.attrgetter('a.b', 'c'), operator.itemgetter(1), operator.itemgetter(1, 'x'), operator.methodcaller('m', 1, k=2), operator.methodcaller('m')]:
    print(g.__reduce__())
print(operator.attrgetter.__module__, operator.attrgetter.__name__, operator.attrgetter.__qualname__)
t(operator.index, 2.5)
t(operator.indexOf, [1], 2)
t(operator.countOf, 3, 2)
t(operator.is_none if hasattr(operator, 'is_none') else len, None)
print([n for n in dir(operator) if not n.startswith('_')])
import copy
class P:
    a = 5
    def m(self, x, k=0):
        return x + k
    def __getitem__(self, i):
        return i * 2
for g in [operator.attrgetter('a'), operator.itemgetter(3, 4), operator.methodcaller('m', 1)]:
    f, a = g.__reduce__()
    for h in (f(*a), copy.copy(g), copy.deepcopy(g)):
        print(repr(h), h(P()))
class X:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if type(self.v) is type:
            raise self.v
        return self.v
t(operator.length_hint, X(TypeError), 12)
t(operator.length_hint, X(LookupError), 12)
t(operator.length_hint, X(NotImplemented), 4)
t(operator.length_hint, X('abc'))
t(operator.length_hint, X(-2))
print(operator.__lt__ is operator.lt, operator.__not__ is operator.not_, operator.__iconcat__ is operator.iconcat, hasattr(operator, '__is___'))
print(sorted(n for n in dir(operator) if n.startswith('__') and callable(getattr(operator, n)) and n != '__loader__'))
class S:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'S+'
t(operator.concat, S(), S())
t(operator.concat, S(), 3)
t(operator.concat, {}, {})
t(operator.call, dict, [(1, 2)], a=3)

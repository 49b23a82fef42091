# itertools constructors as CPython's (test_itertools: 24 failures): iter() of their iterables at
# construction, 'NAME expected N arguments, got M', count()'s 'a number is required', keywords refused
# unless a subclass has its own __init__, subclass instances with a __dict__.
import itertools as it
cases = [(it.cycle, ()), (it.cycle, (1, 2)), (it.dropwhile, (len,)), (it.takewhile, ()), (it.filterfalse, (1, 2, 3)),
         (it.starmap, (1,)), (it.cycle, (1,)), (it.dropwhile, (len, 1)), (it.starmap, (len, 1)), (it.accumulate, (1,)),
         (it.compress, (None, range(6))), (it.compress, (range(3), 1)), (it.chain.from_iterable, (1,)), (it.count, ('a',)),
         (it.count, (1, 'a')), (it.count, (1j,)), (it.count, (1.5, 2)), (it.tee, (1,)), (it.tee, ([], -1)), (it.pairwise, (1,)),
         (it.pairwise, ()), (it.pairwise, ([], [])), (it.zip_longest, (1,)), (it.islice, (1, 2)), (it.groupby, (1,)),
         (it.product, (1,)), (it.permutations, (1,)), (it.combinations, (1, 2)), (it.takewhile, (len, None)),
         (it.filterfalse, (None, 5)), (it.chain, (1,))]
for f, a in cases:
    try:
        r = f(*a)
        print(f.__name__, a, 'ok', type(r).__name__)
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for f, kw in ((it.cycle, {'iterable': []}), (it.pairwise, {'iterable': 'abc'}), (it.chain, {'x': 1}), (it.islice, {'stop': 1}),
              (it.starmap, {'function': len}), (it.count, {'start': 'x'})):
    try:
        f(**kw)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
class S(it.cycle):
    def __new__(cls, *args, newarg=None):
        self = super().__new__(cls, *args)
        self.newarg = newarg
        return self
u = S([1, 2], newarg=3)
print(type(u).__name__, list(it.islice(u, 0, 3)), u.newarg, u.__dict__)
for cls, args in ((it.takewhile, (bool, [1, 0])), (it.dropwhile, (bool, [1, 0])), (it.starmap, (pow, [(2, 3)])),
                  (it.filterfalse, (None, [0, 1])), (it.islice, ('abc', 2)), (it.chain, ('ab', 'c')), (it.cycle, ('ab',))):
    class K(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    k = K(*args, newarg=5)
    print(cls.__name__, list(it.islice(k, 4)), k.newarg)
    class NoInit(cls):
        pass
    try:
        NoInit(*args, newarg=5)
    except TypeError as e:
        print('TypeError', e)
c = it.count(); c.__class__
try:
    c.x = 1
except AttributeError as e:
    print('AttributeError', e)

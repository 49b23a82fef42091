# itertools iterators' __reduce__/__setstate__ (CPython 3.11's values: what pickle and copy use),
# part-consumed copies continuing where the original is; from test_itertools' pickling tests.
import copy
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, islice, permutations, product, repeat, starmap, takewhile,
                       zip_longest)


def show(name, it, take=2):
    first = [next(it) for _ in range(take)]
    r = it.__reduce__()
    c = copy.copy(it)
    d = copy.deepcopy(it)
    print(name, first, type(r[0]).__name__ if not isinstance(r[0], type) else r[0].__name__, len(r),
          list(islice(c, 12)), list(islice(d, 12)), list(islice(it, 12)))


show('count', count(3))
show('count2', count(1.5, 0.5))
show('repeat', repeat('x', 5))
show('accumulate', accumulate([1, 2, 3, 4, 5]))
show('accumulate_init', accumulate([1, 2, 3], initial=10), take=1)
show('accumulate_none', accumulate([None, None, None], operator.is_), take=1)
show('chain', chain([1, 2], (3, 4), [5]))
show('chain_from', chain.from_iterable([[1, 2, 3], [4]]))
show('compress', compress(list(range(10)), [1, 0, 1, 1, 0, 1, 1, 1]), take=1)
show('dropwhile', dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1, 5]))
show('takewhile', takewhile(lambda x: x < 5, [1, 2, 3, 4, 6, 1]))
show('filterfalse', filterfalse(None, [0, 1, 0, 2, 3, 0, 4]))
show('starmap', starmap(pow, [(2, 3), (3, 2), (4, 2)]), take=1)
show('islice', islice(range(20), 2, 15, 3))
show('cycle', cycle([1, 2, 3]), take=5)
show('zip_longest', zip_longest(['a', 'b', 'c'], [1, 2, 3, 4, 5], fillvalue='-'), take=3)
show('zip_longest2', zip_longest(['a', 'b'], []), take=1)
print(zip_longest('ab', 'c').__reduce__()[2])
show('product', product('ab', [1, 2, 3]), take=3)
show('permutations', permutations(range(4), 2), take=3)
show('combinations', combinations('abcde', 3), take=3)
show('cwr', combinations_with_replacement('abc', 2), take=3)

print(count(5).__reduce__(), count(5, 2).__reduce__(), repeat(1).__reduce__(), repeat(1, 3).__reduce__())
print(combinations('ab', 3).__reduce__(), permutations('ab', 3).__reduce__()[1])
p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p), list(p))
c = cycle('defg')
c.__setstate__((list('abc'), 0))
print(''.join(islice(c, 20)))
c = cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(''.join(islice(c, 20)))
for bad in ([list('abc'), 0], (tuple('abc'), 0), (list('abc'), 'x'), (), ([],)):
    try:
        cycle('de').__setstate__(bad)
    except TypeError:
        print('TypeError', repr(bad))
ch = chain()
ch.__setstate__((iter('abc'),))
print(list(ch))
ch = chain()
ch.__setstate__((iter(['abc', 'def']), iter('XYZ')))
print(list(ch))
for bad in ((), ('abc',), (iter('abc'), 'x'), [iter('abc')]):
    try:
        chain().__setstate__(bad)
    except TypeError:
        print('TypeError', type(bad).__name__, len(bad))
dw = dropwhile(lambda x: x < 3, [1, 2, 3, 1])
dw.__setstate__(True)
print(list(dw))

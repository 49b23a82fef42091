# Error messages name a type by CPython's tp_name: a C type outside builtins carries its
# module ('collections.deque', 'itertools.count', '_io.StringIO', 're.Pattern'), a type
# CPython writes in Python does not ('Counter', 'Random', 'Fraction'), and builtins' types
# and the program's classes are bare ('int', 'Point'). __name__ and reprs stay bare.
import array
import collections
import fractions
import functools
import io
import itertools
import operator
import random
import re
import struct
import sys
import time

objects = [
    collections.deque([1]), collections.OrderedDict(a=1), collections.defaultdict(int),
    itertools.count(), itertools.chain(), functools.partial(print), operator.itemgetter(0),
    io.StringIO('x'), io.BytesIO(b'x'), array.array('i', [1]), re.compile('a'), re.match('a', 'a'),
    time.localtime(0), sys.version_info, struct.Struct('i'),
    collections.Counter('ab'), random.Random(1), fractions.Fraction(1, 3),
]


def show(f, *args):
    try:
        f(*args)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error')


for o in objects:
    t = type(o)
    print('--', t.__module__, t.__name__)
    show(lambda: o @ 1)
    show(lambda: -o)
    show(lambda: o.no_such_attribute)
    show(lambda: o < 1j)


class Point:
    pass


for o in [collections.deque(), itertools.count(), Point(), 3]:
    show(lambda: o())
    show(lambda: len(o))
    show(lambda: o['k'])
    show(lambda: hash(o) if type(o) is collections.deque else {}[[o]])
    show(lambda: next(o))
    show(lambda: [*o] if not isinstance(o, itertools.count) else 1 in o)

show(collections.deque.append, 1, 2)
show(lambda: iter(collections.deque()).__next__.__call__(1))
show(lambda: print(*itertools.count))
show(lambda: operator.itemgetter(0) + 'x')
show(lambda: {collections.OrderedDict(): 1})
show(lambda: a.b.c if (a := io.StringIO()) else 0)
show(lambda: 'x' + collections.deque())
print(repr(collections.deque([1])), repr(collections.OrderedDict(a=1)), repr(itertools.count(2)))
print(collections.deque.__name__, collections.deque.__qualname__, repr(collections.deque))

# The __reduce__ values copy and pickle rebuild library objects from: deque (with and without
# maxlen, a subclass's attributes as state), defaultdict, OrderedDict, Counter, Fraction,
# range, slice; and io.BytesIO.readinto/readinto1 (pickle's protocol 5 reads through them).
import io
from collections import deque, defaultdict, OrderedDict, Counter
from fractions import Fraction


def show(r):
    # The iterators at the end are listed, not printed (their repr has an address).
    return tuple(list(x) if type(x).__name__.endswith('iterator') else x for x in r)


print(show(deque([1, 2], maxlen=5).__reduce__()), show(deque([3]).__reduce__()))


class D(deque):
    pass


d = D([1])
d.q = 2
print(show(d.__reduce__()))
print(show(defaultdict(list, a=[1]).__reduce__()), show(defaultdict(a=2).__reduce__()))
print(show(OrderedDict(a=1, b=2).__reduce__()))


class O(OrderedDict):
    pass


o = O(a=1)
o.q = 2
print(show(o.__reduce__()))
print(Counter('abca').__reduce__(), Fraction(-2, 6).__reduce__())
print(range(1, 5, 2).__reduce__(), range(3).__reduce__(), slice(1, 2).__reduce__(), slice(None, 'a', 3).__reduce__())
for r in (deque([1, 2], maxlen=5).__reduce__(), defaultdict(list, a=[1]).__reduce__(), OrderedDict(a=1).__reduce__(),
          Counter('ab').__reduce__(), Fraction(1, 3).__reduce__(), range(2, 9, 3).__reduce__()):
    obj = r[0](*r[1])
    if len(r) > 3 and r[3] is not None:
        for x in r[3]:
            obj.append(x)
    if len(r) > 4 and r[4] is not None:
        for k, v in r[4]:
            obj[k] = v
    print(repr(obj))

f = io.BytesIO(b'hello world')
b = bytearray(5)
print(f.readinto(b), bytes(b), f.readinto1(memoryview(b)), bytes(b), f.readinto(bytearray(10)), f.tell())
f.close()
try:
    f.readinto(b)
except ValueError as e:
    print('ValueError:', e)

# A Counter subclass that overrides __setitem__ or get is updated through them (CPython's
# _count_elements and Counter.update/subtract), session 20 C.
from collections import Counter, OrderedDict


class Logged(Counter):
    def __init__(self, *args, **kwargs):
        self.calls = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.calls.append((key, value))
        super().__setitem__(key, value)


class Doubling(Counter):
    def get(self, key, default=None):
        self.seen = getattr(self, 'seen', 0) + 1
        return super().get(key, default)


c = Logged('abca')
print(dict(c), c.calls)
c.update({'a': 2, 'z': 1})
print(dict(c), c.calls[-2:])
c.subtract('ab')
print(dict(c), c.calls[-2:])
c.update(q=3)
print(dict(c), c.calls[-1])
e = Logged()
e.update({'x': 1})
print(dict(e), e.calls)

d = Doubling('abracadabra')
print(sorted(d.items()), d.seen)
d.subtract({'a': 1})
print(d['a'], d.seen)

print(sorted(Counter('abracadabra').items()), Counter('ab') + Counter('bc'))

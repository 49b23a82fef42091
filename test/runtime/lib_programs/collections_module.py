from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, len(d), d[0], d[-1])
d.rotate(1); print(d, d.popleft(), d.pop(), list(d), 3 in d)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()))
c.update({'a': 1}); c.subtract('b'); print(c, c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
P = namedtuple('Point', 'x y'); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple))
x, y = p; print(x + y, P._make([7, 8]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1]); print(Q(5), Q(1, 2, 3))
try:
    P(1)
except TypeError as e:
    print(e)
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od.move_to_end('b'); print(od, list(od), od.popitem(last=False))
print(repr(deque()), Counter(), defaultdict(int))

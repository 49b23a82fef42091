import pprint
import types
from collections import UserDict, UserList, UserString, OrderedDict, defaultdict, Counter, deque

data = {
    'name': 'pyvm',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'b': (3, 4, 5) * 6}], 'c': {'d': {'e': 'f' * 40}}},
    'set': {1, 2, 3},
    'frozen': frozenset([30, 10, 20]),
    'text': 'a long string that will have to be wrapped by pprint because it is wider than the width',
    'bytes': b'0123456789' * 8,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, indent=4, width=60)
print(pprint.pformat(list(range(50)), compact=True, width=50))
print(pprint.saferepr({'rec': [1, 2]}))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), 'ID'))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a']))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=50)
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd, width=50)
pprint.pprint(Counter('abracadabra' * 5), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
mp = types.MappingProxyType({'k%d' % i: i for i in range(10)})
pprint.pprint(mp, width=40)
print(mp['k3'], len(mp), 'k1' in mp, list(mp)[:3], mp.get('zz', 'no'))
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(repr(types.MappingProxyType({'a': 1})), type(mp).__name__)
pprint.pprint(UserDict({'u%d' % i: 'v' * i for i in range(8)}), width=40)
pprint.pprint(UserList([list(range(i)) for i in range(8)]), width=40)
pprint.pprint(UserString('word ' * 30), width=40)
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta' * 3, 'eps': None}})
print(pp.pformat((1, (2, (3, (4, (5,)))))))

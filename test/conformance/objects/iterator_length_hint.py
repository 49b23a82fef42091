# __length_hint__ of the built-in iterators and operator.length_hint as PyObject_LengthHint (found
# running CPython's test_set on pyvm: set_iterator had no __length_hint__).
import operator
objs = {'list': iter([1,2,3]), 'tuple': iter((1,2,3)), 'set': iter({1,2,3}), 'frozenset': iter(frozenset({1,2})), 'dict': iter({1:2}), 'dict_values': iter({1:2}.values()), 'dict_items': iter({1:2}.items()), 'range': iter(range(5)), 'str': iter('abc'), 'bytes': iter(b'ab'), 'reversed_list': reversed([1,2]), 'reversed_range': reversed(range(3)), 'bytearray': iter(bytearray(b'ab'))}
for k, it in objs.items():
    next(it)
    print(k, hasattr(it, '__length_hint__') and it.__length_hint__(), operator.length_hint(it), hasattr(it, '__reduce__'))
s = {1, 2, 3}
it = iter(s); s.add(4)
try:
    print(it.__length_hint__())
except Exception as e:
    print(type(e).__name__, e)
import operator
class H:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class Lbad:
    def __len__(self): raise TypeError('no')
    def __length_hint__(self): return 7
class Lval:
    def __len__(self): raise ValueError('v')
for v in (5, NotImplemented, 'x', -1, True):
    try:
        print(operator.length_hint(H(v), 3))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(operator.length_hint(Lbad()), operator.length_hint(object(), 9), operator.length_hint([1, 2]))
for bad in ((Lval(),), ([], 'a')):
    try:
        operator.length_hint(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

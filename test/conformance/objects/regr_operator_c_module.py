# _operator is a module of its own: operator's functions (the same objects) and _compare_digest,
# which operator does not have.
import _operator, operator
print(_operator is operator, _operator.__name__, hasattr(operator, '_compare_digest'))
print(_operator.add is operator.add, _operator.itemgetter is operator.itemgetter)
names = sorted(n for n in dir(_operator) if not n.startswith('__'))
print(len(names), names[:8], names[-4:])
print(sorted(n for n in dir(operator) if not n.startswith('_')) == sorted(n for n in names if not n.startswith('_')))
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('a', 'b'))
print('__all__' in dir(_operator), operator.__all__[:3])

# collections.defaultdict with list, int and lambda factories.
from collections import defaultdict
groups = defaultdict(list)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[w[0]].append(w)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for c in 'hello world':
    counts[c] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], 'x' in nested, nested.default_factory is not None)
print(repr(defaultdict(int, {'k': 1})))
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)

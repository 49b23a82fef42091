# collections.Counter: counting, most_common, arithmetic.
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2))
c.update('aaz')
print(c.most_common(1), sorted(c.elements())[:6], sum(c.values()))
d = Counter(a=3, b=1) + Counter(a=1, b=2, c=5)
print(d, Counter(a=3, b=1) - Counter(a=1, b=2))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), len(Counter(words)))
print(Counter([1, 1, 2]) == Counter([2, 1, 1]), dict(Counter('aab')))

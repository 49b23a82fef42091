# Counter methods: subtract, total-like sums, most_common order for ties, & and |.
from collections import Counter
c = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c.elements()), c.most_common(), +c, -c)
c.subtract(Counter(a=1, b=5))
print(c)
x, y = Counter('aab'), Counter('abb')
print(x & y, x | y, sum(x.values()))
print(Counter('zyxzyz').most_common())

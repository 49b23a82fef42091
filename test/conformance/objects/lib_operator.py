# operator module functions, itemgetter and attrgetter.
import operator
from operator import itemgetter, attrgetter
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.truth([]), operator.contains([1], 1))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)(rows[0]))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter('n'))])

# functools.total_ordering fills in the missing comparisons.
from functools import total_ordering
@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Money(1))

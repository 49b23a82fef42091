# Bound and unbound methods; method objects remember their instance.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
print(f(), f(5), c.n, Counter.inc(c), f.__self__ is c, f.__func__ is Counter.inc)
print(type(f).__name__, type(Counter.inc).__name__)
ops = [c.inc, Counter().inc]
print([op() for op in ops])
print(c.inc == c.inc, c.inc is c.inc)

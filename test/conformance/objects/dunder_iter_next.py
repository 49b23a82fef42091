# The iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for x in Countdown(3):
    print(x)
print(sum(Countdown(100)), sorted(Countdown(4)), 2 in Countdown(3), max(Countdown(7)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
print(list(Range2(9)), [a * b for a, b in zip(Range2(6), Range2(6))])

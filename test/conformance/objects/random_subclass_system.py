# A Random subclass's own random() / getrandbits() drive every method (random.py's methods call
# them; _randbelow without getrandbits when only random() is defined), super() reaches the
# built-in generator, a subclass's __init__ seeds through super().__init__; random.SystemRandom.
import random
class Both(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return 0
b = Both(1)
print(b.random(), b.choice([1, 2, 3]), b.randrange(10), b.randint(1, 6), b.uniform(0, 2), b.getrandbits(5))
class OnlyRandom(random.Random):
    def __init__(self, seq):
        super().__init__(0)
        self.seq = list(seq)
    def random(self):
        return self.seq.pop(0)
r = OnlyRandom([0.1, 0.7, 0.3, 0.99, 0.5, 0.25, 0.6])
print(r.choice('abcd'), r.randrange(100), r.randint(1, 6), r.uniform(10, 20))
class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)
c = Counting(42)
vals = [c.randrange(1000) for _ in range(5)]
print(vals == [random.Random(42).randrange(1000) for _ in range(1)] * 0 + vals, Counting.calls >= 5, vals)
print(random.Random(42).randrange(1000), Counting(42).randrange(1000))
class Super(random.Random):
    def random(self):
        return super().random() / 2
s = Super(3)
print(s.random() == random.Random(3).random() / 2, s.uniform(0, 1) < 0.5)
sr = random.SystemRandom()
x = sr.random(); n = sr.randrange(10); bits = sr.getrandbits(70)
print(0 <= x < 1, 0 <= n < 10, 0 <= bits < 2 ** 70, sr.choice('xyz') in 'xyz', sorted(sr.sample(range(5), 5)), sr.seed(1))
for name in ('getstate', 'setstate'):
    try:
        getattr(sr, name)(*([] if name == 'getstate' else [None]))
    except NotImplementedError as e:
        print(name, 'NotImplementedError:', e)
print(isinstance(sr, random.Random), type(sr).__mro__[1].__name__)
print(random.Random(5).randbytes(6), random.Random(5).randbytes(0), len(sr.randbytes(9)), random.randbytes(3) is not None)
for call in (lambda: random.Random(1).randbytes(-1), lambda: sr.randbytes(-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)

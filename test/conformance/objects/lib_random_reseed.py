# Re-seeding reproduces the sequence; seeds given as big ints and negative ints.
import random
def draw():
    return [random.randint(0, 999) for _ in range(5)]
random.seed(1)
a = draw()
random.seed(1)
b = draw()
print(a, a == b)
random.seed(2 ** 100 + 17)
print(draw())
random.seed(-5)
print(draw())
random.seed(0)
print(random.random())
r = random.Random(99)
print(r.random(), r.randint(1, 10), r.choice('xyz'))

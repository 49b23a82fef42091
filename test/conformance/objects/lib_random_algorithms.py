# A seeded random walk and Monte Carlo estimate: exact CPython numbers.
import random
random.seed(123)
pos = 0
path = []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
random.seed(99)
inside = 0
for _ in range(2000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / 2000)
random.seed(5)
print(sorted(random.sample(range(1, 50), 6)), random.randint(10 ** 20, 10 ** 21))

# random: randrange with steps, sample from a list, seeded Random instances independent.
import random
a = random.Random(10)
b = random.Random(10)
print([a.randrange(0, 50, 7) for _ in range(5)], [b.randrange(0, 50, 7) for _ in range(5)])
random.seed(77)
pool = list(range(30))
print(random.sample(pool, 7), pool[:5])
print(round(random.uniform(10, 20), 10), random.randint(-5, 5), random.choice(['x', 'y', 'z']))

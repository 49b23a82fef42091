# random.gauss and friends with a seed.
import random
random.seed(7)
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(100, 15))
random.seed(7)
print(random.random())
print(random.getrandbits(32), random.getrandbits(70))

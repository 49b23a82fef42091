# random with a seed gives CPython's exact Mersenne Twister numbers.
import random
random.seed(42)
print(random.random(), random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(0, 100, 5), random.randrange(10, 20))
random.seed(12345)
print(random.uniform(1, 2), random.uniform(-5, 5))
print([round(random.random(), 6) for _ in range(3)])

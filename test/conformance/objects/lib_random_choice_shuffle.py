# random.choice, shuffle, sample with a seed.
import random
random.seed(2024)
items = list(range(10))
random.shuffle(items)
print(items)
print([random.choice('abcdef') for _ in range(8)], random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c', 'd'], 2))
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:7])

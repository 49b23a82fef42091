# random.choices with weights, and shuffle of strings in a list, with a seed.
import random
random.seed(31337)
print(random.choices('abc', k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
random.shuffle(words)
print(words, random.random() < 1)

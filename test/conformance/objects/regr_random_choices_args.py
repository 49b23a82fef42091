# random.choices and randrange argument handling as random.py's (CPython's test_random
# test_choices, test_randrange_step).
import random
from fractions import Fraction

r = random.Random(1)
cases = [lambda: r.choices(2), lambda: r.choices([1, 2], k=2.5), lambda: r.choices({1, 2}, k=2),
         lambda: r.choices([1, 2, 3, 4], 10, k=5), lambda: r.choices([1, 2, 3, 4], [None] * 4, k=5),
         lambda: r.randrange(1000, step=100), lambda: r.randrange(1000, None, step=100), lambda: r.randrange(1000, step=1),
         lambda: r.choices([1, 2], k=-1), lambda: r.choices([1, 2], k=0), lambda: r.choices([], k=1), lambda: r.choices([], k=0),
         lambda: r.choices('abcd', k=4), lambda: r.choices(range(10), k=3), lambda: r.choices([1, 2], [1, 2, 3], k=2),
         lambda: r.choices('abcd', [Fraction(1, 3), Fraction(2, 6), Fraction(3, 6), Fraction(4, 6)], k=6),
         lambda: r.choices('abcd', [True, False, True, False], k=6), lambda: r.choices('abcd', cum_weights=[1, 2, 3, 4], k=3),
         lambda: r.choices('ab', [0, 0], k=1), lambda: r.choices('ab', [1, float('inf')], k=1),
         lambda: r.choices([], [], k=1)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

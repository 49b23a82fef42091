#!/usr/bin/env python3
"""Regenerates test/runtime/goldens/lib_random.json: CPython 3.11's random module outputs
for int seeds (runtime/modules/random_mt.ts). Each case: [seed, [[call, args, result]...]]
run in order on one generator."""
import random
from lib_golden_common import enc, outcome, write_golden

CALLS = [
    ('random', ()), ('random', ()), ('random', ()),
    ('getrandbits', (1,)), ('getrandbits', (7,)), ('getrandbits', (32,)), ('getrandbits', (33,)),
    ('getrandbits', (64,)), ('getrandbits', (100,)), ('getrandbits', (0,)),
    ('randrange', (10,)), ('randrange', (3, 17)), ('randrange', (0, 100, 7)), ('randrange', (10, 0, -3)),
    ('randrange', (0,)), ('randrange', (5, 5)), ('randrange', (0, 10, 0)), ('randrange', (0, 10, -1)),
    ('randint', (1, 6)), ('randint', (1, 6)), ('randint', (1, 6)), ('randint', (1, 6)), ('randint', (1, 6)),
    ('randint', (-10**20, 10**20)), ('randint', (0, 2**64)),
    ('choice', (10,)), ('choice', (10,)), ('choice', (0,)), ('choice', (1000,)),
    ('shuffle', (20,)), ('shuffle', (5,)),
    ('sample', (100, 10)), ('sample', (30, 5)), ('sample', (1000, 50)), ('sample', (3, 5)), ('sample', (10, 0)),
    ('uniform', (1.0, 10.0)), ('uniform', (-5.0, 5.0)),
    ('gauss', (0.0, 1.0)), ('gauss', (0.0, 1.0)), ('gauss', (0.0, 1.0)), ('gauss', (5.0, 2.0)),
    ('expovariate', (1.5,)), ('triangular', (0.0, 1.0, None)), ('triangular', (2.0, 10.0, 3.0)),
    ('choices', (10, 5)), ('choices_w', (5, [1, 2, 3, 4, 5], 6)),
    ('random', ()),
]

def call(r, name, args):
    if name in ('choice',):
        return r.choice(range(args[0]))
    if name == 'shuffle':
        x = list(range(args[0])); r.shuffle(x); return x
    if name == 'sample':
        return r.sample(range(args[0]), args[1])
    if name == 'choices':
        return r.choices(range(args[0]), k=args[1])
    if name == 'choices_w':
        return r.choices(range(args[0]), weights=args[1], k=args[2])
    return getattr(r, name)(*args)

cases = []
for seed in [0, 1, 2, 42, 12345, -7, 2**32, 2**40 + 3, 2**100, 123456789012345678901234567890, True]:
    r = random.Random(seed)
    seq = []
    for name, args in CALLS:
        seq.append([name, [enc(a) if not isinstance(a, list) else enc(a) for a in args if a is not None] + ([{"none": True}] if None in args else []), outcome(call, r, name, args)])
    cases.append([enc(seed), seq])
write_golden('lib_random.json', cases)

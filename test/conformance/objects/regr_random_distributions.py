# random's distributions beyond gauss/normal/expo (CPython's test_random TestDistributions and
# TestModule): the same random() calls in the same order as CPython's random.py, so a seeded
# generator gives CPython's values.
import random

print(random.__all__)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
r = random.Random(12345)
for name, args in [('lognormvariate', (0.0, 1.0)), ('vonmisesvariate', (1.0, 4.0)), ('vonmisesvariate', (0.0, 1e-7)),
                   ('vonmisesvariate', (-3.0, 0.5)), ('gammavariate', (0.5, 2.0)), ('gammavariate', (1.0, 3.0)),
                   ('gammavariate', (7.5, 0.5)), ('betavariate', (2.0, 5.0)), ('betavariate', (0.3, 0.3)),
                   ('paretovariate', (2.5,)), ('weibullvariate', (1.5, 2.0))]:
    vals = [getattr(r, name)(*args) for _ in range(5)]
    print(name, args, [round(v, 9) for v in vals])
for args in [(0.0, 1.0), (1.0, 0.0), (-1.0, 2.0)]:
    try:
        r.gammavariate(*args)
    except ValueError as e:
        print('ValueError', e)
random.seed(7)
print(round(random.gammavariate(3.0, 1.0), 9), round(random.betavariate(1.0, 1.0), 9), round(random.vonmisesvariate(0.5, 2.0), 9))


class Mine(random.Random):
    def random(self):
        return 0.25


m = Mine()
print(m.paretovariate(2.0), m.weibullvariate(1.0, 1.0), round(m.vonmisesvariate(0.0, 1.0), 9), m.gammavariate(1.0, 2.0))

# math.isqrt over the whole range (CPython's test_math testIsqrt): exact roots, the values just
# below squares, numbers past the float range; pyvm hung on 10**300 and crashed past 2**1024.
import math, random
rng = random.Random(11)
vals = list(range(0, 1000)) + [2**52 - 1, 2**52, 2**52 + 1, 2**53 - 1, 2**53 + 1, 10**40 + 12345, 10**300, 10**300 - 1, 2**1024, 2**1025 - 1, 10**1000 + 7]
vals += [rng.getrandbits(rng.randint(1, 3000)) for _ in range(300)]
vals += [k * k + d for k in (rng.getrandbits(200) for _ in range(50)) for d in (-1, 0, 1) if k * k + d >= 0]
digest = 0
for v in vals:
    s = math.isqrt(v)
    assert s * s <= v < (s + 1) * (s + 1), v
    digest = (digest * 31 + s) % (2**61 - 1)
print(len(vals), digest)
print(math.isqrt(True), math.isqrt(False), math.isqrt(10**300) == 10**150)
for bad in (-1, 3.0, '4'):
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# random.Random's getrandbits / randbytes argument handling and setstate's checks, with
# CPython's messages (CPython's test_random: a bad state crashed pyvm).
import random


class Index:
    def __index__(self):
        return 3


for r in (random.Random(5), random.SystemRandom()):
    name = type(r).__name__
    for args in ['()', '(1, 2)', '(-1)', '(2**70)', '(1.0)', '(k=3)', '(n=3)', '(x=3)']:
        for meth in ('getrandbits', 'randbytes'):
            try:
                v = eval('r.' + meth + args)
                print(name, meth, args, type(v).__name__, len(v) if isinstance(v, bytes) else v.bit_length() <= 64)
            except Exception as e:
                print(name, meth, args, type(e).__name__, e)
print(random.Random(1).getrandbits(Index()), random.Random(1).getrandbits(True), random.Random(1).randbytes(2))
print(random.Random(1).getrandbits(100), random.Random(1).randbytes(5))

r = random.Random(1)
s = r.getstate()
states = ['1', '(1, 2, 3)', '(3,)', '(3, (1,) * 625)', '(3, (1,) * 625, None, 4)', '(3, [1] * 625, None)',
          '(3, (1,) * 624, None)', '(3, (1,) * 624 + (625,), None)', '(3, (1,) * 624 + (-1,), None)',
          '(3, (-1,) + (1,) * 624, None)', '(3, (2**32,) + (1,) * 624, None)', '(3, (1.0,) + (1,) * 624, None)',
          '(2, s[1], None)', '(3, s[1], 1)', '("a", s[1], None)', 'None', '(3, (1,) * 623 + (624,), None)',
          '(2, tuple(x - 2**32 if x > 2**31 else x for x in s[1]), None)', '(3, s[1], 0.5)']
for st in states:
    try:
        r.setstate(eval(st))
        print(st[:28], 'ok', r.random(), r.getrandbits(40), r.gauss())
    except Exception as e:
        print(st[:28], type(e).__name__, e)

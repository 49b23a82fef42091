# timedelta: normalisation, arithmetic, rounding, comparisons, repr/str, errors
import datetime
from datetime import timedelta

def show(f):
    try:
        r = f()
        print(repr(r), '|', str(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for args, kw in [((), {}), ((1,), {}), ((1, 5), {}), ((0, 0, 1), {}), ((-1,), {}),
                 ((), {'seconds': -1}), ((), {'microseconds': -1}), ((), {'hours': 25.5}),
                 ((), {'weeks': 2, 'days': -3, 'minutes': 90}), ((1.5, 0.25, 0.5), {}),
                 ((), {'milliseconds': 1.0000005}), ((), {'seconds': 0.1}), ((), {'microseconds': 0.5}),
                 ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}), ((), {'microseconds': 2.5}),
                 ((), {'days': 2, 'seconds': 86400 * 3 + 7}), ((999999999,), {}), ((-999999999,), {}),
                 ((10 ** 9,), {}), ((-10 ** 9,), {}), (('1',), {}), ((), {'seconds': []}),
                 ((), {'seconds': float('nan')}), ((), {'minutes': float('inf')}), ((True,), {})]:
    show(lambda: timedelta(*args, **kw))

a = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
b = timedelta(hours=-7, microseconds=333333)
print(a.days, a.seconds, a.microseconds, b.days, b.seconds, b.microseconds)
print(a.total_seconds(), b.total_seconds(), timedelta(days=10 ** 6).total_seconds())
for f in [lambda: a + b, lambda: a - b, lambda: b - a, lambda: -a, lambda: +b, lambda: abs(b),
          lambda: a * 3, lambda: 3 * a, lambda: a * 0.5, lambda: b * 1.1, lambda: 0.3 * b,
          lambda: a / 7, lambda: a / 2.5, lambda: b / 3, lambda: a // 7, lambda: b // 3,
          lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: divmod(b, a),
          lambda: a / timedelta(hours=1), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
          lambda: timedelta(1) / timedelta(0), lambda: timedelta(1) % timedelta(0),
          lambda: a + 1, lambda: 1 + a, lambda: a - 1.5, lambda: 'x' - a, lambda: a * None,
          lambda: a / 'x', lambda: timedelta.max + timedelta.resolution, lambda: timedelta.min - timedelta(1),
          lambda: timedelta(microseconds=1) * 1e300]:
    show(f)

print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(a == a, a == b, a != b, a < b, a > b, a <= a, a >= b, a == 1, a != 'x')
show(lambda: a < 1)
show(lambda: a >= None)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(b))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(a) == hash(a * 1))
print(sorted([a, b, timedelta(0), -a]))
print({timedelta(1): 'x'}[timedelta(hours=24)])
print(str(timedelta(days=-1, seconds=1)), str(timedelta(days=2, microseconds=5)), str(timedelta(0)))
print(str(timedelta(hours=100)), str(-timedelta(microseconds=1)))
print(type(a).__name__, type(a).__module__, isinstance(a, timedelta))

class MyTD(timedelta):
    pass

m = MyTD(hours=5)
print(repr(m), type(m).__name__, type(m + m).__name__, m == timedelta(hours=5))
import copy
print(copy.copy(a) == a, copy.deepcopy(b) == b)

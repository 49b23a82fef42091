# datetime (CPython's test_datetime: test_microsecond_rounding, test_bug_1028306, TestTimeZone.test_constructor,
# test_combine): timedelta's float components summed as C's delta_new (fractions in float arithmetic,
# one round half to even), date.__eq__(datetime) compares the date part, timezone(x, None) is a
# TypeError, datetime.combine(date=, time=) keywords.
from datetime import *
td = timedelta
for kw in ({'milliseconds': 0.5 / 1000}, {'microseconds': 0.5}, {'microseconds': 1.5}, {'microseconds': 2.5},
           {'microseconds': -0.5}, {'microseconds': -1.5}, {'seconds': 0.5 / 10**6}, {'minutes': 0.5 / 10**6 / 60},
           {'days': 0.5 / 10**6 / 86400}, {'days': -0.5 / 10**6 / 86400}, {'days': 1.5 / 10**6 / 86400},
           {'microseconds': 1, 'milliseconds': 0.0005}, {'hours': 1.234567891}, {'weeks': 1e-7},
           {'days': 3.7, 'seconds': -1.1, 'microseconds': 0.4, 'milliseconds': 0.3}, {'seconds': 1/3},
           {'microseconds': 1/3, 'milliseconds': 1/3}, {'days': 1e9 / 1e9 * 999999998.9}, {'hours': -0.000000138}):
    print(kw, repr(td(**kw)))
print(td(microseconds=-0.5), td(microseconds=0.5) == td(0), td(microseconds=-1.5) == td(microseconds=-2))
for bad in (float('nan'), float('inf')):
    try:
        td(seconds=bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
d = date(2020, 1, 1); dt = datetime(2020, 1, 1, 5)
print(d.__eq__(dt), d.__ne__(dt), d.__lt__(dt), d.__le__(dt), d.__gt__(dt), d.__ge__(dt))
print(d == dt, d != dt, dt == d, date(2020, 1, 2).__gt__(dt))
for op in ('<', '>='):
    try:
        eval('d %s dt' % op)
    except TypeError as e:
        print(e)
try:
    timezone(timedelta(0), None)
except TypeError as e:
    print(e)
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=1), 'X')), timezone(timedelta(0)) is timezone.utc)
print(datetime.combine(time=time(1, 2), date=date(2000, 1, 1)))
print(datetime.combine(date(2000, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None))
print(repr(datetime.combine(date=date(2000, 1, 1), time=time(1), tzinfo=timezone.utc)))
try:
    datetime.combine(date=1, time=time())
except TypeError as e:
    print(e)

# naive datetime: construction, combine, fromisoformat, isoformat/timespec, arithmetic,
# comparisons with date, replace, strftime and strptime
from datetime import datetime, date, time, timedelta, timezone

def show(f):
    try:
        r = f()
        print(repr(r), '|', str(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min), repr(datetime.max))
for args, kw in [((2020, 1, 1), {}), ((2020, 1, 1, 5), {}), ((2020, 1, 1, 5, 6, 7), {}),
                 ((2020, 1, 1, 0, 0, 0, 1), {}), ((2020, 1, 1, 0, 0, 7), {}), ((2020, 1, 1), {'fold': 1}),
                 ((2020, 2, 30), {}), ((2020, 1, 1, 24), {}), ((2020, 1, 1), {'tzinfo': 'x'}),
                 ((2020, 1, 1, 1, 1, 1, 1, timezone.utc), {})]:
    show(lambda: datetime(*args, **kw))
d = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.date(), repr(d.time()), d.timetz(), d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.ctime(), datetime(2020, 1, 5, 7, 8, 9).ctime(), d.timetuple()[:8])
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanos']:
    show(lambda: d.isoformat(timespec=ts))
print(d.isoformat(' '), d.isoformat('x'), datetime(2020, 1, 1).isoformat(), str(datetime(2020, 1, 1, 0, 0, 0, 5)))
show(lambda: d.isoformat('ab'))
show(lambda: d.isoformat(5))
print(datetime.combine(date(2020, 5, 6), time(7, 8)), repr(datetime.combine(d, time(1, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8), tzinfo=timezone(timedelta(hours=2)))))
show(lambda: datetime.combine(1, time()))
show(lambda: datetime.combine(date(2020, 1, 1), 2))
for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02 03:04:05.678', '20200102T030405',
          '2020-01-02T03:04:05.1234567', '2020-01-02T03:04:05+05:30', '2020-01-02T03:04:05Z',
          '2020-01-02T03:04:05-00:00', '2020-W01-1T10', '2020W011 10', '2020-01-02x10', '2020-01-02T',
          '2020-01-02T1', '2020-02-30T00:00', '2020-01-02T25:00', '2020-01-02T10:00+25:00',
          '2020-01-02 10:20:30 ', '2020-01-02T10:20:30.', '2020-01-02T10:20:30.123Z5', '2021-W53',
          '2020-01-02T10:20:30-03:30:15.25', '2020-01-02T03:04:05.12']:
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(None))
print(d + timedelta(days=1, hours=11), d - timedelta(microseconds=123457), d - datetime(2024, 1, 1))
print(datetime(2020, 1, 1) - d, timedelta(hours=-1) + d, d - d)
for f in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(1),
          lambda: d + d, lambda: d + 1, lambda: 1 - d, lambda: d - date(2020, 1, 1),
          lambda: date(2020, 1, 1) - d, lambda: d < date(2020, 1, 1), lambda: date(2020, 1, 1) > d,
          lambda: d < 5, lambda: d.replace(hour=25), lambda: d.replace(year=2023),
          lambda: d.replace(microsecond=0, tzinfo=timezone.utc), lambda: d.replace(fold=1)]:
    show(f)
print(d == date(2024, 2, 29), date(2024, 2, 29) == d, d != date(2024, 2, 29), d == d.replace(fold=1))
print(sorted([d, datetime(2000, 1, 1), datetime(2024, 2, 29, 13)]), d > datetime(2024, 2, 29))
print(hash(d) == hash(datetime(2024, 2, 29, 13, 45, 30, 123456)), {d: 1}[d.replace()])
print(isinstance(d, date), issubclass(datetime, date), type(d).__mro__[1].__name__)

# strftime
fmt = '%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %u %y %I %p %e %G-%V %c|%x|%X|%D|%T|%R|%F|%z|%Z|%%|%Q'
print(d.strftime(fmt))
print(datetime(1, 1, 1).strftime(fmt))
print(datetime(2021, 1, 3, 0, 5).strftime('%I %p %-I %-H %-M %j %U %W %G %V %g'))
print(format(d, '%H:%M'), f'{d:%Y/%m/%d}', format(d, ''), format(d))
show(lambda: d.strftime(5))
show(lambda: format(d, 5))

# strptime
for s, f in [('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), ('4/3/20', '%d/%m/%y'), ('4/3/70', '%d/%m/%y'),
             ('4/3/68', '%d/%m/%y'), ('March 5 2021', '%B %d %Y'), ('mar 5 2021', '%b %d %Y'),
             ('Fri Mar  5 10:11:12 2021', '%a %b %d %H:%M:%S %Y'), ('Friday, 5', '%A, %d'),
             ('12:30 AM', '%I:%M %p'), ('12:30 pm', '%I:%M %p'), ('01:30 PM', '%I:%M %p'), ('7', '%I'),
             ('10:20:30.5', '%H:%M:%S.%f'), ('10:20:30.123456', '%H:%M:%S.%f'),
             ('2020-01-01 +0530', '%Y-%m-%d %z'), ('2020-01-01 -05:30', '%Y-%m-%d %z'),
             ('2020-01-01 Z', '%Y-%m-%d %z'), ('2020-01-01 +053015', '%Y-%m-%d %z'),
             ('2020-01-01 UTC', '%Y-%m-%d %Z'), ('2020 100', '%Y %j'), ('100', '%j'),
             ('2020', '%Y-%m'), ('2020-01-01x', '%Y-%m-%d'), ('2020', '%Q'), ('2020 12', '%Y %'),
             ('2020 12', '%Y %%'), ('2020 % 12', '%Y %% %m'), ('02-29', '%m-%d'), ('2020-02-30', '%Y-%m-%d'),
             ('  2020   1', ' %Y %m'), ('1212', '%m%d'), ('123', '%m%d'), ('2020-13-01', '%Y-%m-%d'),
             ('24:00', '%H:%M'), ('10:61', '%M:%S'), ('2020-01-01T10', '%Y-%m-%dT%H'), ('1.5', '%d.%m'),
             ('5 5', '%d %d'), ('5 6', '%d %d'), ('x', 5)]:
    show(lambda: datetime.strptime(s, f))
show(lambda: datetime.strptime(5, '%Y'))
print(type(datetime.strptime('2020', '%Y')).__name__)

class MyDT(datetime):
    pass

m = MyDT(2020, 1, 2, 3, 4)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m - m).__name__)
print(type(MyDT.strptime('2020', '%Y')).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__,
      type(MyDT.combine(date(2020, 1, 1), time())).__name__, type(m.replace(year=2000)).__name__)
import copy
print(copy.copy(d) == d, copy.deepcopy(m), repr(copy.deepcopy(datetime(2020, 1, 1, tzinfo=timezone.utc))))

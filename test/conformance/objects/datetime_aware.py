# time, timezone, tzinfo subclasses and aware datetimes: offsets, astimezone, arithmetic and
# comparisons across offsets, naive vs aware errors
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

def show(f):
    try:
        r = f()
        print(repr(r), '|', str(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(UTC is timezone.utc, dtmod.UTC, repr(UTC), timezone.min, timezone.max, repr(timezone.max))
for args in [(timedelta(0),), (timedelta(hours=5, minutes=30),), (timedelta(hours=-3),),
             (timedelta(hours=1), 'CET'), (timedelta(seconds=1),), (timedelta(microseconds=-1),),
             (timedelta(0), 'UTC'), (timedelta(days=1),), (-timedelta(days=1),), (5,),
             (timedelta(hours=1), 3), (timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),)]:
    show(lambda: timezone(*args))
tz1 = timezone(timedelta(hours=1), 'CET')
tz5 = timezone(timedelta(hours=-5))
print(tz1.utcoffset(None), tz1.tzname(None), tz1.dst(None), tz5.tzname(None), tz5.utcoffset(datetime(2020, 1, 1)))
print(tz1 == timezone(timedelta(hours=1)), tz1 == tz5, hash(tz1) == hash(timezone(timedelta(hours=1))))
show(lambda: tz1.utcoffset(5))
show(lambda: tz1.fromutc(datetime(2020, 1, 1)))
show(lambda: tz1.fromutc(datetime(2020, 1, 1, tzinfo=tz1)))
show(lambda: tz1.fromutc('x'))

# time
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3),), ((1, 2, 3, 4),), ((23, 59, 59, 999999), {}),
                 ((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}), ((), {'fold': 2}),
                 ((), {'fold': 1}), ((1,), {'tzinfo': 1}), ((12, 30), {'tzinfo': tz1}), ((1.5,), {})] if False else []:
    pass
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((23, 59, 59, 999999), {}),
                 ((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}), ((), {'fold': 2}),
                 ((), {'fold': 1}), ((1,), {'tzinfo': 1}), ((12, 30), {'tzinfo': tz1}), ((1.5,), {})]:
    show(lambda: time(*args, **kw))
t = time(12, 30, 15, 250, tzinfo=tz5)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.tzname(), t.dst())
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'x']:
    show(lambda: t.isoformat(ts))
print(time.min, time.max, time.resolution, repr(time(0)), str(time(1, 2, 3, 400)))
print(t.replace(hour=1), t.replace(tzinfo=None), repr(t.replace(fold=1)), format(t, '%H.%M.%S %f %z %Z'), format(t))
print(time(1) < time(2), time(1) == time(1, 0), time(1, tzinfo=tz1) == time(0, tzinfo=UTC),
      time(1, tzinfo=tz1) < time(0, 30, tzinfo=UTC), time(1) == time(1, tzinfo=UTC), time(1) != time(1, tzinfo=UTC))
show(lambda: time(1) < time(1, tzinfo=UTC))
show(lambda: time(1) < 5)
print(hash(time(1, tzinfo=tz1)) == hash(time(0, tzinfo=UTC)), bool(time(0)))
for s in ['10', '1020', '102030', '10:20', '10:20:30', '10:20:30.5', '10:20:30,123', '10:20:30.1234567',
          '10:20:30:40', 'T10:20', '10:20Z', '10:20:30+05:30', '10:20:30-0130', '10:20:30.5+03',
          '10:2030', '', 'T', '25:00', '10:20:30 ', '1', '10:20:30.', 'x']:
    show(lambda: time.fromisoformat(s))

# aware datetimes
a = datetime(2020, 3, 1, 12, 0, tzinfo=tz1)
b = datetime(2020, 3, 1, 6, 0, tzinfo=tz5)
n = datetime(2020, 3, 1, 12, 0)
print(a, repr(a), b, a.utcoffset(), a.tzname(), a.dst(), n.utcoffset(), n.tzname(), n.dst())
print(a - b, b - a, a == b, a < b, a == a.astimezone(UTC), hash(a) == hash(a.astimezone(tz5)))
print(a.astimezone(UTC), a.astimezone(tz5), repr(b.astimezone(timezone.utc)), a.astimezone(tz1) is a)
print(a + timedelta(hours=20), (a + timedelta(hours=20)).tzinfo, a - timedelta(days=400))
print(a.isoformat(), b.isoformat(' ', 'minutes'), a.timestamp(), b.timestamp(), a.timetz(), a.time())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=3661, microseconds=5))).isoformat())
show(lambda: a - n)
show(lambda: n - a)
show(lambda: a < n)
print(a == n, a != n, n == a)
show(lambda: a.astimezone(5))
print(datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1.5e9, tz1), datetime.fromtimestamp(-1.25, tz5))
print(datetime.utcfromtimestamp(1234567890.123456), repr(datetime.utcfromtimestamp(0.0000005)), repr(datetime.utcfromtimestamp(0.0000015)))
print(datetime.fromtimestamp(1e9, UTC).timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp())
print(datetime.now(UTC).tzinfo, datetime.now(tz1).utcoffset(), type(datetime.now(UTC)).__name__)
show(lambda: datetime.fromtimestamp('x', UTC))
show(lambda: datetime.fromtimestamp(1e20, UTC))
show(lambda: datetime.fromtimestamp(0, 5))

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%r)' % self.name

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7

class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)

f = Fixed(-90, 'XYZ')
x = datetime(2021, 6, 1, 8, 0, tzinfo=f)
print(repr(x), x, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(UTC), x.astimezone(tz1).tzinfo)
print(UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC)), f.fromutc(datetime(2020, 1, 1, tzinfo=f)))
print(x.strftime('%z %Z'), x.timetuple()[8], x.utctimetuple()[:6], n.timetuple()[8])
show(lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Bad()).tzname())
show(lambda: datetime(2020, 1, 1, tzinfo=Big()).utcoffset())
show(lambda: tzinfo().utcoffset(None))
show(lambda: tzinfo().tzname(None))
show(lambda: tzinfo().dst(None))
show(lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).isoformat())
show(lambda: datetime(2020, 1, 1, tzinfo=Fixed(0, 'A')) == datetime(2020, 1, 1, tzinfo=UTC))
print(isinstance(UTC, tzinfo), issubclass(timezone, tzinfo), type(UTC).__name__)

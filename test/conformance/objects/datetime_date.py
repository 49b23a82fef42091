# date: construction, ordinals, ISO calendar, fromisoformat, arithmetic, comparisons, strftime
import datetime
from datetime import date, timedelta

def show(f):
    try:
        r = f()
        print(repr(r), '|', str(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(datetime.MINYEAR, datetime.MAXYEAR, date.min, date.max, date.resolution)
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
for args in [(0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 13, 1), (2019, 2, 29), (2020, 4, 31),
             (2020.0, 1, 1), ('2020', 1, 1), (2020, 1, 0), (1, 1, 1), (9999, 12, 31)]:
    show(lambda: date(*args))
for n in [1, 2, 365, 366, 730120, 737790, 3652059, 0, -5, 3652060]:
    show(lambda: date.fromordinal(n))
for y in [1, 1900, 2000, 2004, 2019, 2020, 2021, 2026, 9999]:
    for m, dd in [(1, 1), (1, 4), (2, 28), (12, 28), (12, 31)]:
        x = date(y, m, dd)
        ic = x.isocalendar()
        assert date.fromisocalendar(*ic) == x
        assert date.fromordinal(x.toordinal()) == x
        print(x, x.toordinal(), x.weekday(), ic, ic.year, ic.week, ic.weekday, tuple(ic), x.ctime())
show(lambda: date(2020, 1, 1).isocalendar())
for args in [(2020, 53, 1), (2020, 54, 1), (2021, 53, 1), (2020, 5, 8), (2020, 5, 0), (0, 5, 1), (2026, 1, 1)]:
    show(lambda: date.fromisocalendar(*args))
for s in ['2020-01-02', '20200102', '2020-W01-3', '2020W013', '2020-W53', '2020W53', '2020-1-1',
          '2020-02-30', '2020-01-02T', 'x', '', '2020-13-01', '0000-01-01', '2020-W54-1', '２０２０-01-01']:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(5))
print(d + timedelta(1), d - timedelta(366), timedelta(days=-60) + d, d + timedelta(hours=47))
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d - d)
for f in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: d + 1,
          lambda: 1 + d, lambda: d - 1, lambda: 'x' - d, lambda: d + d, lambda: d < 1,
          lambda: d > '2020', lambda: d.replace(month=13), lambda: d.replace(year=2021),
          lambda: d.replace(day=1, month=3), lambda: d.replace(2000)]:
    show(f)
a, b = date(2020, 1, 1), date(2020, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 1), a == 5, a != None)
print(sorted([b, a, date(1999, 12, 31)]), max(a, b), hash(a) == hash(date(2020, 1, 1)))
print(d.isoformat(), str(date(5, 1, 1)), format(d), format(d, '%d/%m/%Y'), f'{d:%A %d %B %Y}')
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %C %e %G %V %g %x %c %D %F %%'))
print(d.strftime('%H:%M:%S %f %p %I %z|%Z|'), date(5, 3, 9).strftime('%Y %y %-d %-m %e %j'))
print(d.timetuple()[:9] == (2020, 2, 29, 0, 0, 0, 5, 60, -1))
print(type(d).__name__, type(d).__module__, date.__name__)

class MyDate(date):
    def double_year(self):
        return self.year * 2

md = MyDate(2021, 5, 6)
print(repr(md), md.double_year(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2021-01-01')).__name__, md == date(2021, 5, 6))
import copy
print(copy.copy(d) == d, copy.deepcopy(md), type(copy.deepcopy(md)).__name__)
print(date.today() >= date(2024, 1, 1), type(date.today()).__name__)
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.25 * 30) >= date(1999, 12, 30))

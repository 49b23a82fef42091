# datetime's types are C types in CPython (_datetime), so error messages name them with their
# module: 'datetime.date', 'datetime.timedelta' (tp_name), while __name__, __qualname__ and
# repr(type) stay as for any class. Found by scripts/mutation-fuzz.py (seed 2711).
import datetime

d = datetime.date(2020, 1, 2)
dt = datetime.datetime(2020, 1, 2, 3, 4, 5)
t = datetime.time(1, 2)
td = datetime.timedelta(days=1)
tz = datetime.timezone.utc
for o in (d, dt, t, td, tz):
    cls = type(o)
    print(cls, cls.__name__, cls.__qualname__, cls.__module__)
    try:
        o.nope
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        o + 'x'
    except TypeError as e:
        print('TypeError:', e)
    try:
        o < 'x'
    except TypeError as e:
        print('TypeError:', e)
    try:
        o['k']
    except TypeError as e:
        print('TypeError:', e)
    try:
        len(o)
    except TypeError as e:
        print('TypeError:', e)
    try:
        o()
    except TypeError as e:
        print('TypeError:', e)
print(datetime.tzinfo, datetime.tzinfo.__name__)


class MyDate(datetime.date):
    pass


m = MyDate(2021, 5, 6)
print(type(m).__name__, repr(m))
try:
    m.nope
except AttributeError as e:
    print('AttributeError:', e)
print(str(d - td), repr(dt + td), td * 2)

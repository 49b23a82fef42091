# datetime: strftime's %Z puts a tzinfo's name as it is (pyvm doubled its '%'; a name whose replace()
# gives no str is a TypeError), tzinfo pickles its __slots__ state (object.__getstate__), timezone
# reduces as C's tzinfo (test_datetime test_zones, test_strftime_with_bad_tzname_replace,
# test_pickling_subclass).
from datetime import *
class Z(tzinfo):
    def tzname(self, dt): return '%z %Z %%z%%Z'
    def utcoffset(self, dt): return timedelta(minutes=-1439)
    def dst(self, dt): return None
print(time(23, 59, tzinfo=Z()).strftime("%H:%M %%Z='%Z' %%z='%z'"))
print(datetime(2000, 1, 1, 23, 59, tzinfo=Z()).strftime("%H:%M %%Z='%Z' %%z='%z'"))
print(datetime(2000, 1, 1, 23, 59, tzinfo=timezone(timedelta(0), 'a%b')).strftime('%Z|%%Z'))
print(datetime(2000, 1, 1, 23, 59, tzinfo=timezone(timedelta(0), 'a%%b')).strftime('%Z'))
print(format(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=1), '%Y')), '%Z %Y'))
import copy, copyreg


class FixedOffset(tzinfo):
    def __init__(self, offset, name):
        self.__offset = offset
        self.__name = name

    def utcoffset(self, dt):
        return self.__offset

    def tzname(self, dt):
        return self.__name

    def dst(self, dt):
        return timedelta(0)


class Picklable(FixedOffset):
    def __init__(self, offset=None, name=None):
        FixedOffset.__init__(self, offset, name)


class WithSlots(Picklable):
    __slots__ = '_FixedOffset__offset', '_FixedOffset__name', 'spam'


for orig in (Picklable(timedelta(minutes=-300), 'cookie'), WithSlots(timedelta(minutes=-300), 'cookie'),
             timezone(timedelta(minutes=-300)), timezone(timedelta(minutes=-300), 'EST')):
    f, args, *state = orig.__reduce__()
    print(type(orig).__name__, f is type(orig), args, state)
    for proto in (0, 2, 4):
        derived = copy.deepcopy(orig)
        print(type(derived).__name__, derived.utcoffset(None), derived.tzname(None), hasattr(derived, 'spam'))


class M(tzinfo):
    def utcoffset(s, dt): return timedelta(0)
    def dst(s, dt): return None
    def tzname(self, dt):
        class MyStr(str):
            def replace(self, *args): return None
        return MyStr('name')


class N(M):
    def tzname(self, dt): return 5


for tz in (M(), N()):
    try:
        datetime(2005, 3, 2, tzinfo=tz).strftime('%Z')
    except TypeError as e:
        print(e)

# timetuple()/utctimetuple(): time.struct_time with its fields, as CPython's
from datetime import date, datetime, timedelta, timezone, tzinfo

class DstZone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def dst(self, dt):
        return timedelta(hours=1)
    def tzname(self, dt):
        return 'DZ'

for t in [date(2020, 2, 29).timetuple(), datetime(2021, 12, 31, 23, 59, 58).timetuple(),
          datetime(2021, 6, 1, 1, 2, 3, tzinfo=timezone.utc).timetuple(),
          datetime(2021, 6, 1, 1, 2, 3, tzinfo=DstZone()).timetuple(),
          datetime(2021, 6, 1, 1, 2, 3, tzinfo=DstZone()).utctimetuple(),
          datetime(2021, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=5))).utctimetuple(),
          datetime(2021, 1, 1, 0, 30).utctimetuple()]:
    print(t)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst,
          t.tm_zone, t.tm_gmtoff, len(t), t[:3], t[-1], tuple(t) == t, type(t).__name__, type(t).__module__)
y, m, d, *rest = date(1999, 12, 31).timetuple()
print(y, m, d, rest, isinstance(date(2020, 1, 1).timetuple(), tuple))

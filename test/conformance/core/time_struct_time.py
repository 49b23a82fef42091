# time: struct_time (fields, tm_zone/tm_gmtoff, constructor and its errors), gmtime/localtime, mktime, asctime, tzname/timezone/daylight; values that do not depend on the host's zone.
import time
t = time.gmtime(0); print(t, t.tm_zone, t.tm_gmtoff, len(t), t[0], type(t).__module__, type(t).__name__, t.tm_year, t.tm_wday)
print(time.struct_time((2020,1,2,3,4,5,6,7,0)), time.struct_time((2020,1,2,3,4,5,6,7,0)).tm_zone)
s = time.struct_time((2020,1,2,3,4,5,6,7,0,'ZZ',3600)); print(s.tm_zone, s.tm_gmtoff, len(s), s == (2020,1,2,3,4,5,6,7,0), isinstance(s, tuple))
for bad in [lambda: time.struct_time((1,2,3)), lambda: time.struct_time(tuple(range(12))), lambda: time.mktime((1,2))]:
    try: bad()
    except TypeError as e: print(e)
lt = time.localtime(1000000)
print(time.mktime(lt), type(time.tzname).__name__, len(time.tzname), type(time.timezone).__name__, time.daylight in (0, 1), time.asctime(time.gmtime(0)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400*365)), time.gmtime(10**9), time.gmtime(1700000000).tm_yday)
print(time.mktime(time.localtime(1234567890)) == 1234567890.0, time.localtime(5)[:6] == time.localtime(5)[:6])

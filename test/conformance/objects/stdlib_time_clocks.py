# time: clock_gettime / clock_gettime_ns / clock_getres over the CLOCK_* ids, process_time_ns,
# thread_time(_ns), get_clock_info, tzset and strptime.
import time

names = sorted(n for n in dir(time) if n.startswith('CLOCK_'))
print(names)
print([getattr(time, n) for n in names])

for clk in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
            time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME):
    a = time.clock_gettime(clk)
    b = time.clock_gettime_ns(clk)
    c = time.clock_gettime(clk)
    print(clk, type(a).__name__, type(b).__name__, a <= c, a >= 0, b >= 0, time.clock_getres(clk))

now = time.time()
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - now) < 5)
m1 = time.clock_gettime(time.CLOCK_MONOTONIC)
m2 = time.monotonic()
print(m2 >= m1 - 1)

for f in (time.process_time_ns, time.thread_time_ns):
    x = f()
    y = f()
    print(f.__name__, type(x).__name__, 0 <= x <= y)
for f in (time.thread_time,):
    x = f()
    print(f.__name__, type(x).__name__, x >= 0)
s = 0
for i in range(200000):
    s += i
print(time.process_time_ns() >= 0, time.thread_time() >= 0)

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ('nope', 3):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (99, -5):
    try:
        time.clock_gettime(bad)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
try:
    time.clock_gettime_ns('x')
except TypeError as e:
    print(e)
try:
    time.clock_getres(1000)
except OSError as e:
    print('OSError', e.errno)

zone = (time.timezone, time.altzone, time.daylight, time.tzname)
print(time.tzset())
print((time.timezone, time.altzone, time.daylight, time.tzname) == zone)

# strptime
st = time.strptime('2024-03-05 13:04:59', '%Y-%m-%d %H:%M:%S')
print(st)
print(st.tm_zone, st.tm_gmtoff, type(st).__name__)
print(time.strptime('Tue Mar  5 13:04:59 2024'))
print(time.strptime('31/12/99', '%d/%m/%y'))
print(time.strptime('2000 60', '%Y %j'))
print(time.strptime('3:15 PM', '%I:%M %p')[:6])
print(time.strptime('Monday 2023 10', '%A %Y %W'))
z = time.strptime('2024 -0130', '%Y %z')
print(z.tm_gmtoff, z.tm_zone)
print(time.mktime(time.strptime('2024-06-01', '%Y-%m-%d')) == time.mktime((2024, 6, 1, 0, 0, 0, 0, 0, -1)))
for args in (('2024', '%d'), ('2024x', '%Y'), ('13', '%Q')):
    try:
        time.strptime(*args)
    except ValueError as e:
        print(e)
for args in ((1,), ('2024', None)):
    try:
        time.strptime(*args)
    except TypeError as e:
        print(e)

# time.time and time.perf_counter move forward; values are floats (not printed).
import time
t0 = time.time()
p0 = time.perf_counter()
s = 0
for i in range(10000):
    s += i
t1 = time.time()
p1 = time.perf_counter()
print(s, type(t0).__name__, type(p0).__name__, t1 >= t0, p1 >= p0, t0 > 1.6e9)
print(time.perf_counter() - p0 < 60, isinstance(time.time_ns(), int) if hasattr(time, 'time_ns') else True)

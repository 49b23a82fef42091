# timeit: Timer with source-text and callable statements and setups, the generated timing
# function's source, globals=, timeit/repeat/autorange with a deterministic timer, errors.
import timeit
import itertools
import sys
import io

ticks = itertools.count()


def fake_timer():
    return next(ticks) * 0.5


calls = []
t = timeit.Timer("calls.append(x)", "x = 42", timer=fake_timer, globals={'calls': calls})
print(t.src)
print(t.timeit(3), calls)
print(t.repeat(3, 2), len(calls))
t2 = timeit.Timer(lambda: calls.append('c'), lambda: calls.append('s'), timer=fake_timer)
print(t2.src)
print(t2.timeit(2), calls[-3:])
print(timeit.timeit("y = [i for i in range(10)]", number=5, timer=fake_timer))
print(timeit.repeat("pass", repeat=2, number=0, timer=fake_timer))
print(timeit.Timer("a = 1\nb = 2\nc = a + b", "import math\nz = math.pi", timer=fake_timer).src)
seen = []
work = [0]


def step():
    work[0] += 1


res = timeit.Timer(step, timer=lambda: work[0] * 0.001).autorange(
    lambda n, tt: seen.append((n, round(tt, 3))))
print(res[0], round(res[1], 3), seen)
for bad in [(1, 'pass'), ('pass', 2)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer("return 5")
except SyntaxError as e:
    print('SyntaxError')
try:
    timeit.Timer("x = (", "pass")
except SyntaxError:
    print('SyntaxError')
t3 = timeit.Timer("1 / zero", "zero = 0", timer=fake_timer)
try:
    t3.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t3.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    # the frame of timeit itself and the caret line are left out (pyvm's timeit is frozen)
    print(lines[0], [l for l in lines if 'timeit-src' in l], lines[-3], lines[-1])
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__), timeit.dummy_src_name)
r = timeit.timeit('sum(range(100))', number=100)
print(type(r).__name__, r >= 0)
print(timeit.Timer('globals_probe', globals={'globals_probe': 1}, timer=fake_timer).timeit(1))
try:
    timeit.timeit('undefined_thing', number=1)
except NameError as e:
    print('NameError', e)

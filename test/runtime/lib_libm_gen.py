#!/usr/bin/env python3
"""Regenerates test/runtime/goldens/lib_libm.json: CPython 3.11's (glibc's) results of
x ** y, math.exp and math.log on random inputs (runtime/dd_math.ts must reproduce them).
Case: [fn, x, y, result] with floats as repr strings."""
import math, random
from lib_golden_common import write_golden
rng = random.Random(20261125)
cases = []
for _ in range(3000):
    x = math.exp(rng.uniform(-40, 40)); y = rng.uniform(-12, 12)
    try: r = repr(x ** y)
    except OverflowError: r = 'overflow'
    cases.append(['pow', repr(x), repr(y), r])
for _ in range(1000):
    x = rng.uniform(-700, 700)
    cases.append(['exp', repr(x), '0', repr(math.exp(x))])
for _ in range(1000):
    x = math.exp(rng.uniform(-600, 600))
    cases.append(['log', repr(x), '0', repr(math.log(x))])
for b in [2.0, 3.0, 10.0, 1.5, 0.1, 7.0]:
    for n in range(-30, 31):
        cases.append(['pow', repr(b), repr(float(n)), repr(b ** n)])
write_golden('lib_libm.json', cases)

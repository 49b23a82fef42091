# math domain and range errors with CPython's messages.
import math
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2), (math.factorial, -1), (math.exp, 10000)):
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.sqrt('4')
except TypeError as e:
    print(e)
math.sqrt(-4)

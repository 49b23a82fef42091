# OverflowError and MemoryError-free big computations.
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    2.0 ** 5000
except OverflowError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
print(2 ** 5000 % 1000, len(str(7 ** 2000)))
try:
    1e308 + 2 ** 2000
except OverflowError as e:
    print(e)
math.ldexp(1.0, 5000)

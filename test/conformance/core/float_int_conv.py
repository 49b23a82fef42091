# int(float) truncation, float(int), floor/ceil via math, and huge floats to int.
import math
for x in (2.7, -2.7, 0.5, -0.5, 1e20, 123.0):
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x))
print(int(1e300) == 10 ** 300, int(1e300) % 1000)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)

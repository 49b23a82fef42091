# Tuples are immutable; unpacking errors.
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    a, b, c = t
except ValueError as e:
    print(e)
try:
    (a,) = t
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
a, b, *c, d = (1, 2)

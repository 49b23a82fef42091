# pow with two and three arguments, negative modular inverse, errors.
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(5, 3, 7), pow(-5, 3, 7), pow(38, -1, 97))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(pow(0.0, 0), pow(-8, 1/3).__class__.__name__)

# float() of a bad string, and float overflow from int.
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
float('1.2.3')

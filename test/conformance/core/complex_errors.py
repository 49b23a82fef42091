# complex does not order and does not divide by zero.
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(e)
try:
    (1 + 2j) / 0
except ZeroDivisionError as e:
    print(e)
print(type(1j).__name__, isinstance(1j, complex))
int(1j)

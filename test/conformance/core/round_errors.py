# round of inf/nan raises with CPython's messages.
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
print(round(float('inf'), 2))
round('x')

# int() with a bad string raises ValueError with CPython's message.
for s in ('abc', '', '1.5', '12a'):
    try:
        int(s)
    except ValueError as e:
        print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
int('x')

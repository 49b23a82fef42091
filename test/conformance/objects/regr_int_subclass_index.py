# An int subclass's instance used as an index is its int value (PyNumber_Index checks
# PyLong_Check first): its own __index__ (and __int__) run only when called by name.
import operator, math

class I(int):
    def __index__(self):
        return 99
    def __int__(self):
        return 7

i = I(1)
l = [1, 2, 3]
checks = [
    lambda: [10, 20, 30][i], lambda: (10, 20, 30)[i], lambda: 'abc'[i], lambda: b'abc'[i],
    lambda: range(5)[i], lambda: hex(i), lambda: bin(i), lambda: oct(i), lambda: [1, 2, 3, 4][i:],
    lambda: 'x' * I(2), lambda: [0] * I(2), lambda: range(I(3)), lambda: operator.index(i),
    lambda: type(operator.index(i)).__name__, lambda: round(2.5, I(0)),
    lambda: (5).to_bytes(I(2), 'big'), lambda: chr(I(65)), lambda: l.pop(i),
    lambda: list(range(10))[::I(3)], lambda: 'abc'.center(I(5)), lambda: memoryview(b'abcd')[i],
    lambda: math.factorial(I(3)), lambda: '%c' % I(65), lambda: '%x' % i, lambda: '{:x}'.format(i),
    lambda: i.__index__(), lambda: int(i), lambda: int.__index__(i),
]
for c in checks:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

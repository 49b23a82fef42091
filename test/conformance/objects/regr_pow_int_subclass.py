# Three-argument pow() takes int subclasses as ints (long_pow's PyLong_Check), unless the
# subclass defines its own __pow__ / __rpow__, which then decides.
class I(int):
    def __index__(self):
        return 99

class P(int):
    def __pow__(self, e, m=None):
        return ('P.__pow__', int(self), e, m)
    def __rpow__(self, b, m=None):
        return ('P.__rpow__', b, int(self), m)

print(pow(2, I(3), 5), pow(I(2), 3, 5), pow(2, 3, I(5)), pow(I(2), I(10), I(1000)), type(pow(I(2), 3, 5)).__name__)
print(pow(True, I(3), 5), pow(I(3), -1, 7))
print(pow(P(2), 3, 5))
for args in ((2, P(3), 5), (2, 3, P(5)), (2.0, I(3), 5), (2, I(3), 0)):
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

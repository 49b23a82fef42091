# __index__ lets objects act as ints for indexing, bin/hex and range.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = list('abcdef')
print(xs[I(2)], xs[I(1):I(4)], bin(I(5)), hex(I(255)), list(range(I(3))), 'ab' * I(2))
class F:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
print(float(F()), int(F()))
try:
    xs[F()]
except TypeError as e:
    print(e)

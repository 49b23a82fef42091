# __hash__ returning a big int is reduced the way CPython reduces it; -1 becomes -2.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for v in (5, -1, 2 ** 61, 2 ** 70, -(2 ** 64), 2 ** 61 - 1):
    print(v, hash(H(v)))
class Bad:
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(e)

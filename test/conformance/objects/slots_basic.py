# __slots__: no __dict__, fixed attributes, errors for others.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(e)
del p.y
print(hasattr(p, 'y'))

# Equality and hashing between ints and instances of classes with __eq__/__hash__ delegating to int.
class Id:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        if isinstance(o, Id):
            return self.n == o.n
        if isinstance(o, int):
            return self.n == o
        return NotImplemented
    def __hash__(self):
        return hash(self.n)
print(Id(3) == 3, 3 == Id(3), Id(3) != 4, 4 != Id(3), Id(1) == 'x')
d = {3: 'three'}
print(d[Id(3)], Id(3) in {3, 4}, [1, 2, 3].index(Id(3)), [Id(5)].count(5))

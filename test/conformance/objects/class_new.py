# __new__ controls creation; singletons and immutable subclasses.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print('creating')
            cls._inst = super().__new__(cls)
        return cls._inst
a, b = Single(), Single()
print(a is b)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper('hi')
print(u, type(u).__name__, u + '!', len(u), isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p))

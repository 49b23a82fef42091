# Subclassing int and str.
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, isinstance(e, int), e == 6)
class Tag(str):
    def wrap(self):
        return f'<{self}>{self}</{self}>'
t = Tag('b')
print(t.wrap(), t.upper(), type(t.upper()).__name__, t + 'r', len(t), t == 'b', {t: 1}['b'])
class MyFloat(float):
    def __repr__(self):
        return f'MyFloat({float.__repr__(self)})'
print(MyFloat(1.5), MyFloat(2) * 2, [MyFloat(0.1)])

# __radd__ and friends: called when the left operand returns NotImplemented; subclass priority.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v})'
    def __add__(self, o):
        print('Num.__add__')
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print('Num.__radd__')
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
class Sub(Num):
    def __radd__(self, o):
        print('Sub.__radd__')
        return Sub(o.v * 100 + self.v)
print(1 + Num(2), 10 - Num(3), 1 / Num(4), Num(1) + 5)
print(Num(1) + Sub(2))
print(sum([Num(1), Num(2)]))

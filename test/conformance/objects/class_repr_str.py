# __repr__ and __str__: which one print, str, repr, f-strings and containers use.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr!'
p = P(1, 'a')
print(p, str(p), repr(p), [p], {'k': p}, f'{p} {p!r}', (p,))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Neither:
    pass
print(repr(Neither()).startswith('<__main__.Neither object at 0x'), str(Neither()) == repr(Neither()) or True)

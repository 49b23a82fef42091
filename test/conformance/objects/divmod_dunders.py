# divmod() calls a class's __divmod__, then the other operand's __rdivmod__ (a subclass's
# first); the built-in numbers expose theirs as slot wrappers, reachable through super().

class N:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ('divmod', self.v, o)
    def __rdivmod__(self, o):
        return ('rdivmod', self.v, o)
    def __repr__(self):
        return f'N({self.v})'

print(divmod(N(1), 3))
print(divmod(3, N(2)))
print(divmod(N(1), N(2)))

class OnlyR:
    def __rdivmod__(self, o):
        return 'only r'
print(divmod(5, OnlyR()))
try:
    divmod(OnlyR(), 5)
except TypeError as e:
    print('TypeError:', e)

class Refuses:
    def __divmod__(self, o):
        return NotImplemented
try:
    divmod(Refuses(), 2)
except TypeError as e:
    print('TypeError:', e)

class I(int):
    def __divmod__(self, o):
        q, r = super().__divmod__(o)
        return q * 10, r
    def __rdivmod__(self, o):
        return ('I.r', int(self), o)
print(divmod(I(7), 2))
print(divmod(7, I(2)))          # the subclass's reflected method first
print(divmod(7.5, I(2)))

print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2))
print(int.__divmod__(-7, 2), float.__rdivmod__(2.0, 7.0))
print(int.__divmod__)
print(float.__dict__['__rdivmod__'])
print(hasattr(complex, '__divmod__'), hasattr(bool, '__divmod__'))
try:
    (1).__divmod__(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

class V(float):
    pass
print(divmod(V(7.5), 2), V(7.5).__divmod__(2))

# A Python __add__ / __mul__ / __rmul__ on a subclass of list, tuple or str replaces the inherited
# sequence concatenation / repetition (CPython's slotdefs clear sq_concat / sq_repeat), so
# NotImplemented from it is a TypeError, for the class and its subclasses.
class L(list):
    def __add__(self, o):
        return NotImplemented
try:
    print(L([1]) + L([2]))
except TypeError as e:
    print('TypeError:', e)
class M(L):
    pass
try:
    print(M([1]) + [2])
except TypeError as e:
    print('TypeError:', e)
class R(list):
    def __mul__(self, n):
        return NotImplemented
try:
    print(R([1]) * 2)
except TypeError as e:
    print('TypeError:', e)
print(2 * R([3]))
class RR(list):
    def __rmul__(self, n):
        return NotImplemented
try:
    print(2 * RR([1]))
except TypeError as e:
    print('TypeError:', e)
print(RR([1]) * 2)
class T(tuple):
    def __add__(self, o):
        return 'added'
print(T((1,)) + (2,), (2,) + T((1,)))
class S(str):
    def __add__(self, o):
        return NotImplemented
try:
    print(S('a') + 'b')
except TypeError as e:
    print('TypeError:', e)
print('b' + S('a'))
class Fine(list):
    def __radd__(self, o):
        return 'radd'
print(Fine([1]) + [2], [2] + Fine([1]))
l = L([1]); l += [5]; print(l)

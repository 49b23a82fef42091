# float has no bitwise dunders, complex neither those nor //, % and divmod (CPython's number
# tables); the operators give CPython's TypeErrors.
names = ['__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__invert__', '__rlshift__', '__rand__',
         '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__divmod__', '__rdivmod__', '__index__', '__pow__', '__neg__', '__abs__']
for v in (1, 1.0, 1j, True):
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
import operator
for a, b in [(1.0, 1), (1, 1.0), (1.0, 1.0), (1j, 1), (2, 1j), (1j, 1j), (True, 1.0)]:
    for op in (operator.lshift, operator.rshift, operator.and_, operator.or_, operator.xor, operator.floordiv, operator.mod, divmod):
        try:
            print(op.__name__, repr(a), repr(b), op(a, b))
        except TypeError as e:
            print(op.__name__, repr(a), repr(b), 'TypeError', e)
for v in (1.0, 1j):
    try:
        ~v
    except TypeError as e:
        print('TypeError', e)
class F(float):
    def __lshift__(self, o):
        return 'F<<'
    def __rand__(self, o):
        return 'F&'
print(F(1.0) << 2, 3 & F(2.0))
x = 1.5
try:
    x <<= 1
except TypeError as e:
    print('TypeError', e)
print(7.5 // 2, 7.5 % 2, divmod(7.5, 2), 2 ** 0.5, -1.5, abs(-2j), 1j ** 2)

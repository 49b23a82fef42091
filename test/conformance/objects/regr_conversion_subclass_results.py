# Conversion dunders returning a strict subclass (PyNumber_Float, PyNumber_Index, PyNumber_Long): the value with
# CPython's DeprecationWarning through the warnings module; a float subclass's own __float__ is used by float().
import warnings
class F(float):
    def __float__(self):
        return 42.0
print(float(F()), float(F(3.5)))
class G(float): pass
print(float(G(2.5)), type(float(G(2.5))).__name__)
class H:
    def __float__(self):
        return G(7.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = float(H())
    print(r, type(r).__name__, [str(x.message) for x in w], [x.category.__name__ for x in w])
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print('TypeError', e)
import math
print(math.sqrt(F(4.0)), math.floor(F(2.7)))
import operator
class I:
    def __index__(self): return True
class N:
    def __int__(self): return True
class MyInt(int): pass
FIVE = MyInt(5)
class J:
    def __index__(self): return FIVE
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(operator.index(I()), int(N()), operator.index(J()), type(operator.index(J())).__name__)
    for x in w: print(x.category.__name__, x.message, x.lineno)
class I:
    def __index__(self): return True
warnings.simplefilter('error')
try:
    [1, 2, 3][I()]
except DeprecationWarning as e:
    print('DeprecationWarning raised', e)
warnings.resetwarnings()
warnings.simplefilter('default')
sys.stderr = sys.stdout
for k in range(2):
    print([1, 2, 3][I()])

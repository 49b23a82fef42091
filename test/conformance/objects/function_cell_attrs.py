# Function and cell attributes as CPython 3.11's (found running CPython's test_funcattrs on pyvm):
# __dict__, __builtins__, a settable __code__, types.CellType(), empty cells, cell comparison;
# and dir() of a function lists its attributes.
print(eval(" 1 + 1"), eval("\t2"), eval("  'x'  "))
def f(): pass
print(f.__dict__)
f.a = 1
print(f.__dict__)
f.__dict__ = {'b': 2}
print(f.b, f.__builtins__ is __builtins__ or type(f.__builtins__).__name__)
def g(): return 5
f.__code__ = g.__code__
print(f())
import types
c = types.CellType(1); print(c.cell_contents, types.CellType().__class__.__name__)
try:
    types.CellType().cell_contents
except ValueError as e:
    print('ValueError', e)
print(types.CellType(1) < types.CellType(2), types.CellType(1) == types.CellType(1))
def h(): return 1
try:
    h.__code__ = 5
except TypeError as e:
    print(e)
def outer():
    x = 1
    def inner(): return x
    return inner
try:
    h.__code__ = outer().__code__
except ValueError as e:
    print(e)
try:
    del h.__dict__
except TypeError as e:
    print(e)
try:
    h.__dict__ = 3
except TypeError as e:
    print(e)
c = types.CellType()
print(c < types.CellType(0), types.CellType(0) > c, c == types.CellType())
c.cell_contents = 5; print(c.cell_contents); del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(e)
try:
    types.CellType(1, 2)
except TypeError as e:
    print(e)
print(repr(types.CellType()).endswith(': empty>'))
f.known_attr = 1
print('known_attr' in dir(f))

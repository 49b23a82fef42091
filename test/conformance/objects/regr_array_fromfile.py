# array.array.fromfile/tofile (CPython's test_datetime zoneinfo tests read tzfiles with fromfile: 840 errors).
import array, io
a = array.array('h', [1, -2, 300])
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
f.seek(0)
b = array.array('h')
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, b)
f = io.BytesIO(b'\x01\x02\x03')
c = array.array('h')
try:
    c.fromfile(f, 2)
except ValueError as e:
    print('ValueError', e, c)
for bad in (-1, 'x', 1.0):
    try:
        c.fromfile(io.BytesIO(b''), bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class R:
    def read(self, n):
        return 'str'
try:
    c.fromfile(R(), 1)
except TypeError as e:
    print('TypeError', e)
d = array.array('d', [1.5, 2.5])
g = io.BytesIO(); d.tofile(g); g.seek(0)
e = array.array('d'); e.fromfile(g, 2); print(e, e == d)
big = array.array('B', bytes(200000))
class W:
    def __init__(self): self.sizes = []
    def write(self, b): self.sizes.append(len(b))
w = W(); big.tofile(w); print(w.sizes)
w = W(); array.array('i').tofile(w); print(w.sizes)
import operator
class I:
    def __index__(self): return 1
h = array.array('b'); h.fromfile(io.BytesIO(b'\x05'), I()); print(h)

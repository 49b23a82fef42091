# match_class's checks: which classes match themselves positionally, and duplicate attributes.
class C:
    __match_args__ = ('a', 'a')
    a = 1
class D:
    __match_args__ = ('a', 'b')
    a = 1
    b = 2
class MyInt(int): pass
class MyRange: pass
cases = [
    ('range(10)', lambda: range(10)),
    ('C()', lambda: C()),
    ('D()', lambda: D()),
    ('MyInt(3)', lambda: MyInt(3)),
    ('5', lambda: 5),
    ('slice', lambda: slice(1)),
]
def run(subject):
    match subject:
        case range(10):
            return 'range'
        case C(y, z):
            return ('C', y, z)
        case D(x, a=q):
            return ('D', x, q)
        case int(v):
            return ('int', v)
        case slice(s):
            return 'slice'
    return 'none'
for label, make in cases:
    try:
        print(label, run(make()))
    except TypeError as e:
        print(label, 'TypeError', e)
def two(x):
    match x:
        case int(a, b):
            return a
try:
    two(3)
except TypeError as e:
    print('TypeError', e)
def kw_dup(x):
    match x:
        case D(a, b=1, a=2):
            return 1
try:
    kw_dup(D())
except TypeError as e:
    print('TypeError', e)

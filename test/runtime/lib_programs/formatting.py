# formatting through the VM: f-strings, format(), %, str.format with objects
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{self.x:{spec}}|{self.y:{spec}}>"
p = P(1.5, -2)
print(f"{p}", f"{p!r}", f"{p:>6}", format(p, '^5'), "{0.x} {0.y:+d} {0!r}".format(p))
print("%s %r %5.1f%%" % (p, p, 12.345), "%(a)s=%(b)05d" % {'a': 'k', 'b': 42})
for v in [0, 1, -1, 255, 2**64, 3.14159, -0.0, 1e-7, 1e22, float('inf'), 'text', True, None, [1, 2], (3,)]:
    print(repr(v), str(v), f"[{v!s:>12}]", "{:>8}".format(str(v)))
print(f"{1234567.891:,.2f} {0.25:.1%} {255:#010x} {-42:=+8d} {'mid':*^11} {3:b} {1e100:g} {12345.678:e}")
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3), '{!a}'.format('é'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    f"{1:xyz}"
except ValueError as e:
    print('ValueError', e)

# Session 3 (L) fast paths against CPython: slice assignment in place, list()/tuple() of
# exact lists and tuples vs subclasses with __iter__, float arithmetic edge cases.

# --- slice assignment (equal sizes, growing, shrinking, self, tuple, iterator, subclass)
for src in ([9, 8], [9, 8, 7], [9], [], (5, 6), range(3), iter([1, 2]), "ab"):
    for lo, hi in ((0, 2), (1, 3), (0, 0), (3, 1), (-2, None), (None, None), (2, 10)):
        l = [0, 1, 2, 3, 4]
        l[lo:hi] = list(src) if isinstance(src, type(iter([]))) else src
        print(lo, hi, l)
l = [0, 1, 2, 3]
l[1:] = l
print(l)
l = [0, 1, 2, 3]
l[:2] = l
print(l)
l = [0, 1, 2, 3, 4, 5]
l[::2] = [7, 8, 9]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
perm = [3, 1, 0, 2]
k = perm[0]
flips = 0
while k != 0:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
big = list(range(200000))
big[5:6] = list(range(150000))
print(len(big), big[4], big[5], big[150004], big[150005], big[-1])
big[10:150010] = []
print(len(big), big[9], big[10], big[-1])


class RevList(list):
    def __iter__(self):
        return iter(list.__iter__(self).__reduce__()[1][0][::-1]) if False else reversed(list(list.__iter__(self)))


class RevTuple(tuple):
    def __iter__(self):
        return iter(["t"] * len(self))


r = RevList([1, 2, 3])
l = [0, 0]
l[0:1] = r
print(l, list(r), tuple(r), list(RevTuple((1, 2))), tuple(RevTuple((1, 2))))
l[:] = RevTuple((4, 5))
print(l)
print(list([1, 2]), list((3, 4)), tuple([5]), list(), tuple(()))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)

# --- float arithmetic edge cases
inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan, 3, -7, 0, True, 2 ** 53 - 1, -(2 ** 53 - 1)]
for x in vals:
    row = []
    for y in vals:
        if not isinstance(x, float) and not isinstance(y, float):
            continue
        for op in ("+", "-", "*", "/"):
            try:
                if op == "+":
                    z = x + y
                elif op == "-":
                    z = x - y
                elif op == "*":
                    z = x * y
                else:
                    z = x / y
                row.append(repr(z))
            except ZeroDivisionError as e:
                row.append("ZDE:" + str(e))
    print(repr(x), " ".join(row))
z = 1.5
z += 2
z -= 0.25
z *= -3
z /= 2
print(z)
try:
    z /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** 60 + 0.5, 0.5 + 2 ** 60, (2 ** 60) * 1.5, 1.5 - 2 ** 70, 10 ** 400 / 1e300 if False else 1.0 / 3)
try:
    print(1.5 * 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)


class F(float):
    def __add__(self, o):
        return "F.add"

    def __radd__(self, o):
        return "F.radd"

    def __mul__(self, o):
        return "F.mul"


f = F(2.0)
print(f + 1.0, 1.0 + f, f * 2, f - 1.0, f / 2, type(f - 1.0).__name__)
print(1.0 + "a" if False else "skip")
for a, b in ((1.0, "x"), ("x", 1.0), (1.0, None), ([1], 2.0)):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError", e)
print("a" + "b", "x" * 3, 3 * "y")

# --- exact-int operators straight to int_ops (safe ints, bigints, mixed, bools, errors)
ints = [0, 1, -1, 7, -7, 12345, 2 ** 31, -(2 ** 31), 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 2 ** 64 + 3, -(2 ** 70) - 5, True, False]
shifts = [0, 1, 5, 31, 53, 64, -1]
for x in ints:
    row = []
    for y in ints:
        for name, f in (("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
                        ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
                        ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b)):
            try:
                r = f(x, y)
                row.append(repr(r) if type(r) is int else type(r).__name__ + ":" + repr(r))
            except ZeroDivisionError as e:
                row.append("ZDE:" + str(e))
    for y in shifts:
        for f in (lambda a, b: a << b, lambda a, b: a >> b):
            try:
                row.append(repr(f(x, y)))
            except ValueError as e:
                row.append("VE:" + str(e))
    print(repr(x), " ".join(row))
s = 42
for i in range(2000):
    s = (s * 1103515245 + 12345) % 2147483648
print(s)
t = 3
t *= 2 ** 60
t += -(2 ** 61)
t //= 7
t %= 10 ** 15
t <<= 40
t >>= 3
t &= 2 ** 80 - 1
t |= 5
t ^= 2 ** 55
t -= 2 ** 90
print(t)

# --- comparisons of exact ints with bigints on either side
cmp_vals = [0, 5, -5, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53), -(2 ** 64), 2 ** 64, 2 ** 64 + 1, True]
for x in cmp_vals:
    print(repr(x), "".join("%d%d%d%d%d%d" % (x < y, x <= y, x == y, x != y, x > y, x >= y) for y in cmp_vals))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 10 ** 30 == 1e30, 10 ** 400 > 1e308, -(10 ** 400) < float("-inf"))

# --- min/max of two numbers (which object is returned matters: -0.0 vs 0, nan, int vs float)
mm = [0, -0.0, 0.0, 1, 1.0, -2.5, float("nan"), float("inf"), True, 2 ** 60, 3]
for x in mm:
    print(repr(x), " ".join(repr(min(x, y)) + "/" + repr(max(x, y)) for y in mm))
print(min(1.0, 1), max(1, 1.0), min(2, 1.5), max(F(2.0), 3.0), min(3.0, F(2.0)), type(min(F(1.0), 5)).__name__)

# --- int <op> float/complex subclass: int's slot steps aside, the subclass's reflected method runs
class G(float):
    def __radd__(self, o):
        return "G.radd"

    def __rtruediv__(self, o):
        return "G.rtruediv"

    def __rpow__(self, o):
        return "G.rpow"


class H(complex):
    def __rmul__(self, o):
        return "H.rmul"


g = G(2.0)
h = H(1, 2)
print(3 + g, True + g, (2 ** 70) + g, 3 / g, 3 ** g, 3 - g, 3 * g, divmod(7, g), 7 // g, 7 % g)
print(3 * h, 3 + h, 2.0 * h, 2.5 + h, (3).__radd__(g), (3).__rsub__(g))
x = 5
x += g
print(x)

# --- printf-style widths and precisions (digits parsed by a loop; CPython's limits)
v = 3.14159
for f in ("%.3f", "%10.2f", "%-8d|", "%05d", "%.0f", "%3s|", "%.12345678901234567890f", "%12345678901234567890123d", "%.*f", "%*d", "%(a)5.1f", "%x", "%%", "%5%"):
    try:
        if "*" in f:
            print(repr(f % (3, 7)))
        elif "(a)" in f:
            print(repr(f % {"a": v}))
        else:
            print(repr(f % (v if "f" in f else 42)))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

# --- math.floor/ceil/trunc: exact floats directly, subclasses through __floor__
import math
class Q(float):
    def __floor__(self):
        return "Q.floor"
class P(float):
    pass
for v in (2.5, -2.5, 0.0, -0.0, 1e300, -1e-300, 7, True, 2 ** 70, Q(1.5), P(-1.5)):
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v))
for bad in (float("inf"), float("-inf"), float("nan")):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(bad))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)

# --- round() of exact floats and ints directly; subclasses, bools and None through __round__
class RF(float):
    def __round__(self, n=None):
        return "RF.round"
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, -1e-300, 0.0, -0.0, 123.456, 5e-324, 7, -15, 25, 12345, 2 ** 53 - 1, True, RF(2.5), float("inf"), float("nan"), 2 ** 60):
    row = []
    for nd in (None, 0, 1, 2, -1, -2, 400, -400):
        try:
            r = round(x) if nd is None else round(x, nd)
            row.append(repr(r) + ":" + type(r).__name__)
        except (OverflowError, ValueError, TypeError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(x), " ".join(row))
print(round(2.5, None), round(7, None), round(number=3.7))

# --- hash() of integral floats (the equal int's hash), pow() with two arguments
for x in (1.0, -1.0, 2.0, -2.0, 0.0, -0.0, 0.5, 1.5, -2.5, 1e15, 2.0 ** 52, 2.0 ** 53 - 1, 2.0 ** 53, 2.0 ** 61, -(2.0 ** 53) + 1, 1e300, 5e-324, float("inf"), float("-inf"), 123456789.0, -1e-7):
    print(repr(x), hash(x), hash(x) == hash(int(x)) if x == x and abs(x) != float("inf") and x == int(x) else "-")
print(pow(2, 10), pow(2.5, 2), pow(-8, 1 / 3) if False else pow(2, -1), pow(10, 2, 7), pow(base=2, exp=5))
for a, b in ((0, -1), (0.0, -1), ("x", 2)):
    try:
        print(pow(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
d = {1: "int", 2.0: "float"}
print(d[1.0], d[2], {0.5: 1}[0.5], len({1, 1.0, -1, -1.0, 2 ** 52, 2.0 ** 52}))

# --- repr/str of floats around the positional range's ends (1e-4, 1e16) and integral values
reps = []
for e in range(-8, 19):
    for m in (1.0, 1.5, 9.999999999999998, 2.5, 3.141592653589793, 7.0):
        x = m * 10.0 ** e
        reps.append(repr(x) + "," + str(-x))
print(" ".join(reps))
print(repr(0.0001), repr(0.00009999999999999999), repr(1e16), repr(9999999999999998.0), repr(1e15 + 0.5), str(123456789012345.67), repr(2.0 ** 53), repr(-0.0), repr(1e22), repr(5e-324))

# --- hashes of non-integral floats (two-word modular rotation, no bigint) and float dict/set keys
d = {0.5: "a", 1.25: "b", -2.75: "c", 1e-300: "d", 2.0 ** 70: "e", 3.0: "f"}
print(d[0.5], d[1.25], d[-2.75], d[2 ** 70], d[3], hash(0.1), hash(-0.1), hash(1e-300), hash(2.0 ** 70), hash(-1.5), hash(5e-324))
s = {0.1 * i for i in range(1000)}
print(len(s), 0.30000000000000004 in s, 0.3 in s, sorted({1.5: 1, 1.5 + 2 ** -40: 2, -0.0: 3, 0.0: 4}.values()))

# Session 8 (L) against CPython 3.11's output: the fast paths of getItem (a str indexed by
# an int), contains (str in str), strLen's last-string cache, and binaryOpFast / compareOpFast
# / negative / abs / bool / hash on exact floats versus float subclasses.

# str[int]: short and long (>= 32 units) strs, BMP only, with astral characters (surrogate
# pairs: code point indices differ from UTF-16 ones) and with lone surrogates (one code
# point each), every index from -len-1 to len.
texts = ["", "a", "abc", "x" * 31 + "y", "abc def{}[]" * 10, "a\U0001F600b", "\U0001F600" * 40 + "z",
         "pre" + "\ud800" + "post", "q" * 35 + "\udc00" + "\ud800" + "r", "\u00e9\u4e2d\uffff" * 12]
for t in texts:
    n = len(t)
    got = []
    for i in range(-n - 1, n + 1):
        try:
            got.append(ascii(t[i]))
        except IndexError as e:
            got.append("IndexError:" + str(e))
    print(n, got[:4], got[-4:], len(got), "".join(t[i] for i in range(n)) == t)

# Alternating between two long strs of the same length (the one-entry length cache), one
# with a pair and one without, and a str equal to the cached one but built separately.
a = "\U0001F600" + "m" * 40
b = "n" * 42
c = "".join(["n"] * 42)
for i in [0, 1, 5, 40, -1, -2]:
    print(ascii(a[i]), ascii(b[i]), ascii(c[i]), len(a), len(b), len(c))
for i in range(3):
    print(len(a), a[1], b[41], len(b), a[-1], c[-42])

# Index kinds other than a plain int leave the fast path: bools, big ints, __index__,
# floats and None (TypeError), slices.
s = "hello"
print(s[True], s[False], s[-True])
class Ix:
    def __index__(self):
        return 2
print(s[Ix()])
for k in [2 ** 70, -2 ** 70, 1.0, None, "1"]:
    try:
        print(s[k])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(s[1:3], s[::-1], s[-100:100])

# str subclasses keep their own __getitem__ and __contains__.
class S(str):
    def __getitem__(self, i):
        return "sub" + str(i)
    def __contains__(self, x):
        return x == "zz"
u = S("abc")
print(u[0], u[-1], "a" in u, "zz" in u)
class S2(str):
    pass
v = S2("abc")
print(v[0], v[-1], "b" in v, "" in v, "abcd" in v)

# str in str: substrings, the empty str, surrogates and astral characters, non-str operands.
for x, y in [("", ""), ("", "abc"), ("a", ""), ("bc", "abcd"), ("cb", "abcd"), (" ", " \n\t\r"),
             ("\n", " \n\t\r"), ("x", " \n\t\r"), ("\U0001F600", "a\U0001F600b"),
             ("\ud800", "\ud800x"), ("abcd", "abc")]:
    print(ascii(x), ascii(y), x in y, x not in y)
for x, y in [(1, "abc"), (None, "abc"), ("a", 5), (["a"], "abc")]:
    try:
        print(x in y)
    except TypeError as e:
        print("TypeError", e)

# Exact floats versus float subclasses in arithmetic, comparisons, -x, abs(), bool, hash.
class F(float):
    def __add__(self, o):
        return "F.add"
    def __radd__(self, o):
        return "F.radd"
    def __mul__(self, o):
        return "F.mul"
    def __lt__(self, o):
        return "F.lt"
    def __neg__(self):
        return "F.neg"
    def __abs__(self):
        return "F.abs"
    def __bool__(self):
        return False
    def __hash__(self):
        return 7
f = F(2.5)
g = 1.5
print(f + g, g + f, f * g, g * f, f < g, g < f, -f, abs(f), bool(f), hash(f))
print(g + g, g - g, g * g, g / g, g ** 2, g // 1.0, g % 1.0, -g, abs(-g), bool(g), bool(0.0))
print(g + 1, 1 + g, g * 3, 3 * g, 7 / g, g - 2, 2 - g, g < 2, 2 < g, g == 1.5, 1.5 == g)
for x, y in [(1e308, 10.0), (-0.0, 0.0), (0.1, 0.2), (float("inf"), float("-inf")), (float("nan"), 1.0)]:
    print(x + y, x - y, x * y, x < y, x == y, x != y, -x, abs(x))
try:
    print(g / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(g / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# `in` by code points: half of a surrogate pair is not in a str holding the pair (a lone
# surrogate is, as a code point of its own); str subclasses go through str's sq_contains.
p = "a\U0001F600b\U0001F601"
# (Adjacent lone surrogates written in a literal, "\ud83d\ude00", are one pair in pyvm's
# UTF-16 strs: a representation limit of its own, not tested here.)
for x in ["\ud83d", "\ude00", "\ude00b", "a\ud83d", "\U0001F600", "b\U0001F601", "\ud83d" + "x"]:
    print(ascii(x), x in p, x in S2(p), x in "\ud83d", x in "\ud83dx\ude00")
print("\ud800" in "\ud800x\U00010000", "\udc00" in "\U00010000\udc00", "\udc00" in "\U00010000", "\ud800" in "\U00010000")

# Session 22 (L): the paths changed in int_ops (a product of two safe ints past 2**53 made a
# bigint without a normalising test; a bigint modulo a positive safe int), and the closures
# moved out of contains / toArray / str.join (behaviour unchanged). Expected output: CPython 3.11.

# -- products of safe ints at and past 2**53, and their signs
M = 2 ** 53
for a, b in [(2 ** 26, 2 ** 27), (2 ** 26 + 1, 2 ** 27), (-(2 ** 26), 2 ** 27), (2 ** 26, -(2 ** 27) - 1),
             (94906265, 94906266), (94906267, 94906267), (-94906267, -94906267), (M - 1, 1), (M - 1, 2),
             (M - 1, -2), (M - 1, M - 1), (0, M - 1), (-(M - 1), 0), (3, 3002399751580331)]:
    p = a * b
    print(a, b, p, type(p).__name__, p == M, p - 1, p + 1, p // 3, p % 7, -p, p > M - 1)

# -- the LCG of wordcount and sorting, and a few steps of others
state = 42
for _ in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
print("lcg", state)
s = 12345
for _ in range(500):
    s = (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print("lcg64", s)
s = 7
for _ in range(500):
    s = (s * 48271) % 2147483647
print("minstd", s)

# -- a bigint modulo ints: positive and negative dividends, powers of two and others
bigs = [2 ** 53, 2 ** 53 + 1, 2 ** 64 - 1, 3 ** 40, 10 ** 30 + 7, -(2 ** 53), -(2 ** 53) - 1, -(3 ** 40), -(10 ** 30) - 7,
        2 ** 100, -(2 ** 100)]
mods = [1, 2, 3, 7, 10, 2 ** 31, 2 ** 31 - 1, 1000000007, 2 ** 52, 2 ** 53 - 1, -1, -2, -7, -(2 ** 31), -(2 ** 53 - 1), True]
for x in bigs:
    print(x, [x % m for m in mods])
    print(x, [type(x % m).__name__ for m in mods])
    print(x, [divmod(x, m) for m in (3, 2 ** 31, -5)])
for x in bigs:
    try:
        x % 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print((2 ** 53) % (2 ** 53 + 1), (2 ** 60) % (2 ** 60), (-(2 ** 60)) % (2 ** 61))
print((2 ** 70) % 2.5, (-(2 ** 70)) % 3.0)
x = 2 ** 60
x %= 1000
print(x)

class I(int):
    pass
print((2 ** 60) % I(7), type((2 ** 60) % I(7)).__name__, I(2 ** 60) % 7, (2 ** 26 + 1) * I(2 ** 27))

# -- `in` by iteration (no __contains__), after the str / dict / set tests
class Seq:
    def __getitem__(self, i):
        if i < 5:
            return i * 10
        raise IndexError(i)
class It:
    def __iter__(self):
        return iter([1, 2.0, "x", (3,)])
print(20 in Seq(), 25 in Seq(), 2 in It(), "x" in It(), (3,) in It(), 4 in It())
print(3 in (x for x in range(5)), 9 in (x for x in range(5)))
print("a" in "abc", "" in "", "ab" in {"ab": 1}, 1.0 in {1}, 2 in [1, 2], 3 in range(4))
class Eq:
    def __eq__(self, other):
        print("eq", other)
        return other == 2
print(Eq() in It())
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)

# -- list() / tuple() / sorted() of iterables (toArray)
print(list(range(4)), tuple(x * 2 for x in range(3)), sorted({3: 1, 1: 2}), list(Seq()), list("héllo"))
print(list([1, 2]), list((3, 4)), [*It()], min(It(), key=str))

# -- str.join: lists, tuples, other iterables, str subclasses, errors
class S(str):
    pass
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ",".join(x for x in "abc"), "+".join({"k": 1, "j": 2}))
print("|".join([S("s"), "t"]), "|".join((S("u"),)), type("".join([S("v")])).__name__, "".join([]), ".".join(iter(["p", "q"])))
print("".join(["ka", "lo", "mi"]), " ".join(["w"] * 12), "".join(map(str, range(12))))
for bad in (["a", 1], ("a", None), [b"x"], 5, iter([1])):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError", e)

# -- iter() of built-in objects (their tp_iter's result is used without the iterator check) and
# of classes (checked: a non-iterator from __iter__ is a TypeError)
import collections
d = {"a": 1, "b": 2}
objs = ["ab", [1, 2], (1, 2), d, d.keys(), d.values(), d.items(), {1, 2}, frozenset({3}), b"xy",
        bytearray(b"z"), range(3), range(2 ** 70, 2 ** 70 + 2), memoryview(b"mv"), collections.deque([4, 5]),
        (x for x in "g"), map(str, [1]), zip("a", "b"), enumerate("e"), reversed([1, 2]), iter([7]),
        filter(None, [0, 8])]
for o in objs:
    it = iter(o)
    print(type(it).__name__, hasattr(it, "__next__"), iter(it) is it, next(it, "end"), list(it))
class NotIt:
    def __iter__(self):
        return 5
class L2(list):
    def __iter__(self):
        return [1]
class Tup(tuple):
    pass
class NoNext:
    pass
class HasIterNoNext:
    def __iter__(self):
        return NoNext()
for o in (NotIt(), L2([1]), HasIterNoNext()):
    try:
        iter(o)
    except TypeError as e:
        print("TypeError", e)
    try:
        for x in o:
            pass
    except TypeError as e:
        print("TypeError", e)
print(list(Tup((1, 2))), [x for x in Tup("ab")], type(iter(Tup())).__name__)
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)

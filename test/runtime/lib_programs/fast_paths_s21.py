# Session 21 (L): == of exact lists, tuples and dicts nested in containers (richEq's direct
# path): results, the order of item comparisons, mutation during a comparison, non-bool and
# raising __eq__, NaN identity, subclasses and mixed types. Output = CPython 3.11's.

log = []


class K:
    def __init__(self, v, res=None):
        self.v = v
        self.res = res

    def __eq__(self, other):
        log.append(("eq", self.v, other.v if isinstance(other, K) else other))
        if self.res is not None:
            return self.res
        return isinstance(other, K) and self.v == other.v

    __hash__ = None


def show(label, f):
    del log[:]
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, r, log)


# Plain nested documents, equal and unequal at each depth.
doc = {"records": [{"id": 1, "name": "a\tb", "tags": ["t1", "t2"], "ok": True, "p": None}] * 3,
       "count": 3, "note": ("x", 1.5, [2, 3])}
same = {"records": [{"id": 1, "name": "a\tb", "tags": ["t1", "t2"], "ok": True, "p": None}] * 3,
        "count": 3, "note": ("x", 1.5, [2, 3])}
print(doc == same, doc != same, [doc] == [same], (doc,) == (same,))
for path in ["count", "note", "records"]:
    other = dict(same)
    if path == "count":
        other["count"] = 3.0
    elif path == "note":
        other["note"] = ("x", 1.5, [2, 3, 4])
    else:
        other["records"] = same["records"][:2] + [dict(same["records"][0], ok=1)]
    print(path, doc == other, doc != other, [doc, 1] == [other, 1], (1, doc) != (1, other))
deep = other = None
a = b = 7
for i in range(50):
    a = [a, (i, {"k": i})]
    b = [b, (i, {"k": i})]
print("deep", a == b, a != b)
b[0][0][1][1]["k"] = -1
print("deep changed", a == b)

# 1 == 1.0 == True inside containers; tuples and lists never equal.
print([1, 2.0, True] == [1.0, 2, 1], (1,) == [1], [(1,)] == [[1]], {1: [1]} == {1.0: [True]})
print([[]] == [()], ((),) == ((),), [{}] == [{}], [{1: 2}] == [{1: 3}])

# NaN: the same object is equal (identity first), two NaNs are not.
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,), {1: nan} == {1: nan},
      [[nan]] == [[nan]], [[nan]] == [[float("nan")]])

# The order and number of item comparisons: stops at the first unequal item.
show("order", lambda: [K(1), K(2), K(3)] == [K(1), K(5), K(3)])
show("order tuple", lambda: (K(1), (K(2), K(3))) == (K(1), (K(2), K(4))))
show("order dict", lambda: {"a": K(1), "b": K(2)} == {"a": K(1), "b": K(2)})
show("ne", lambda: [K(1), K(2)] != [K(1), K(2)])
show("lengths first", lambda: [K(1)] == [K(1), K(2)])
show("nested", lambda: [[K(1)], [K(2)]] == [[K(1)], [K(2)]])

# __eq__ returning a non-bool: its truth value.
show("truthy", lambda: [K(1, res=[0])] == [K(2)])
show("falsy", lambda: [K(1, res=0)] == [K(1)])
show("falsy ne", lambda: (K(1, res="") ,) != (K(1),))


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")

    __hash__ = None


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("no bool")


show("raising", lambda: [1, Bad()] == [1, 2])
show("raising dict", lambda: {"x": [Bad()]} == {"x": [3]})
show("bad bool", lambda: [K(1, res=BadBool())] == [K(1)])

# An __eq__ that shortens a list being compared (list_richcompare reads the sizes again).
x = []
y = []


class Shrink:
    def __init__(self, which, res):
        self.which = which
        self.res = res

    def __eq__(self, other):
        for l in self.which:
            del l[:]
        return self.res

    __hash__ = None


x[:] = [1, Shrink([x, y], False), 3]
y[:] = [1, 2, 3]
print("both cleared, False", x == y, x, y)
x[:] = [1, Shrink([x], False), 3]
y[:] = [1, 2, 3]
print("one cleared, False", x == y, len(x), len(y))
x[:] = [Shrink([y], True), 2]
y[:] = [1, 2]
print("other cleared, True", x == y, len(x), len(y))
x[:] = [1, Shrink([], False)]
y[:] = [1, 2]
print("not cleared", x == y, x != y)


class Grow:
    def __eq__(self, other):
        y.append(9)
        return True

    __hash__ = None


x[:] = [Grow(), 2]
y[:] = [1, 2]
print("grown", x == y, y)

# A dict whose value comparison changes the other dict.
d1 = {}
d2 = {}


class Pop:
    def __eq__(self, other):
        d2.clear()
        return True

    __hash__ = None


d1.update(a=Pop(), b=2)
d2.update(a=1, b=2)
show("dict mutated", lambda: d1 == d2)

# Subclasses keep their own __eq__; mixed exact/subclass pairs compare as before.


class L2(list):
    def __eq__(self, other):
        log.append("L2.__eq__")
        return True

    __hash__ = None


class T2(tuple):
    pass


class D2(dict):
    def __eq__(self, other):
        log.append("D2.__eq__")
        return "yes"

    __hash__ = None


show("list sub", lambda: [L2([1])] == [[2]])
show("list sub right", lambda: [[2]] == [L2([1])])
show("tuple sub", lambda: [T2((1, 2))] == [(1, 2)])
show("dict sub", lambda: [D2(a=1)] == [{"a": 2}])
show("dict sub right", lambda: ({"a": 2},) == (D2(a=1),))

# Containers that use item equality: in, index, count, remove, dict lookups by tuple.
rows = [[1, [2, (3,)]], [1, [2, (4,)]], {"k": [5]}]
print([1, [2, (4,)]] in rows, rows.index([1, [2, (4,)]]), rows.count({"k": [5]}),
      {"k": [5.0]} in rows, (1, 2) in [[1, 2]], [[1, 2]].count([1, 2.0]))
rows.remove({"k": [5]})
print(rows, {(1, (2, 3)): "t"}[(1, (2, 3))], {(1, (2, 3)): "t"}.get((1, (2, 4))))


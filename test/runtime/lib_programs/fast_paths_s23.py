# Session 23 (L): str.join of 2-8 plain strs whose result is at most 12 units returns a shared
# str for each spelling (a direct-mapped table in runtime/str_methods.ts strJoin). Behaviour
# unchanged: every result must equal the concatenation, whatever was joined before it (slot
# collisions, equal lengths, the 12/13 boundary, separators, non-ASCII and astral text).
# Expected output: CPython 3.11.
# Also list.sort / sorted with a key whose results are tuples of ints (runtime/builtins_core.ts
# computeKeys: such keys kept as numbers, the tuples not retained), and every way out of that
# path: other widths, other item types, subclasses, reverse, a raising key, a mutating key.

SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "qu", "ar", "ix", "é", "ω", "\U0001F600", ""]


def concat(parts, sep):
    r = ""
    for i, p in enumerate(parts):
        if i:
            r = r + sep
        r = r + p
    return r


# -- many spellings (more than the table's slots), each joined several times, interleaved
bad = 0
counts = {}
state = 7
for step in range(30000):
    state = (state * 48271) % 2147483647
    k = 2 + state % 4
    parts = [SYL[(state >> (4 * j)) % len(SYL)] for j in range(k)]
    sep = ["", "", "-", "ab"][(state >> 20) % 4]
    w = sep.join(parts)
    if w != concat(parts, sep) or len(w) != len(concat(parts, sep)):
        bad += 1
    counts[w] = counts.get(w, 0) + 1
print("mismatches", bad, "distinct", len(counts))
h = 0
for w in sorted(counts):
    for ch in w:
        h = (h * 131 + ord(ch)) % 1000000007
    h = (h + counts[w]) % 1000000007
print("checksum", h)

# -- the same slot asked for by different strs in turn: each answer is its own
xs = ["".join([a, b]) for a in SYL for b in SYL]
ys = ["".join([a, b]) for a in SYL for b in SYL]
print(xs == ys, sum(len(x) for x in xs), [x for x in xs if len(x) == 3][:6])
for a in ["ab", "ba", "Ab", "aB"]:
    for b in ["cd", "dc"]:
        print(repr("".join([a, b])), repr("".join([b, a])), repr("+".join([a, b, a])))

# -- lengths around the shared limit (12 units; an astral character is two)
for n in range(9, 15):
    w = "".join(["x"] * (n - 1) + ["y"])
    print(n, len(w), w, w == "x" * (n - 1) + "y")
astral = "".join(["\U0001F600", "a", "\U0001F600", "b", "\U0001F600"])
print(len(astral), ascii(astral), astral[2], ascii(astral[-1]))
w1 = "".join(["\u00e9t\u00e9", "\u03c9"])
print(len(w1), ascii(w1), w1 == "\u00e9t\u00e9\u03c9", w1.upper())

# -- results kept in a list and used after many other joins
keep = ["".join(["k", str(i % 50), "v"]) for i in range(5000)]
for i in range(5000):
    "".join(["z", str(i), "q"])
print(len(keep), len(set(keep)), keep[:3], keep[-3:], all(keep[i] == "k" + str(i % 50) + "v" for i in range(5000)))

# -- a joined str as a dict key and a set member, found by an equal str built otherwise
d = {"".join(["ka", "lo"]): 1, "".join(["lo", "ka"]): 2}
print(d["kalo"], d["lo" + "ka"], "ka" + "lo" in d, {"".join(["a", "b"]), "ab", "a" + "b"})

# -- str subclasses among the items, tuples, and a one-item list (no new str)
class S(str):
    pass

print(repr("".join([S("ab"), "cd"])), type("".join([S("ab"), "cd"])).__name__, "-".join(("p", "q")), "".join(["solo"]))


# -- sort keys: tuples of ints, and keys that leave that form part-way
data = []
st = 7
for _ in range(2000):
    st = (st * 1103515245 + 12345) % 2147483648
    data.append(st % 1000)
print(sorted(data, key=lambda v: (v % 10, -v))[:8], sorted(data, key=lambda v: (v % 10, -v))[-4:])
print(sorted(data, key=lambda v: (v % 10, -v), reverse=True)[:8])
print(sorted(data, key=lambda v: (v % 10,))[:8])
print(sorted(data, key=lambda v: (v % 7, v % 3, -v, v))[:8])
print(sorted(data, key=lambda v: (v % 7, v % 3, -v, v, 1))[:8])
print(sorted(data, key=lambda v: (v % 10, str(v)))[:8])
print(sorted(data, key=lambda v: (v % 10, -v) if v != 500 else (0, 1.5))[:8])
print(sorted(data, key=lambda v: (v % 10, -v) if v % 997 else (v % 10, -v, 0))[:8])
print(sorted(data, key=lambda v: (v % 10, True if v > 500 else -v))[:8])
print(sorted(data, key=lambda v: (v * 2 ** 40, -v))[:8])
print(sorted(data, key=lambda v: (v * 2 ** 60, -v))[:8])
print(sorted(data, key=lambda v: (-(2 ** 53) + 1 + v, 2 ** 53 - 1 - v))[:4])
print(sorted([3, 1, 2], key=lambda v: (v,)), sorted([5], key=lambda v: (v,)), sorted([], key=lambda v: (v,)))
print(sorted(range(10), key=lambda v: ()), sorted(range(6), key=lambda v: (v % 2, v % 3, v % 2, v % 3)))


class T(tuple):
    pass


class I(int):
    pass


print(sorted(data, key=lambda v: T((v % 10, -v)))[:8])
print(sorted(data, key=lambda v: (v % 10, I(-v)))[:8])
l = list(data)
l.sort(key=lambda v: (-(v % 5), v))
print(l[:8], l[-3:])
stable = [(k % 3, k) for k in range(30)]
print(sorted(stable, key=lambda p: (p[0],)) == sorted(stable, key=lambda p: p[0]))


def bad(v):
    if v == data[1500]:
        raise ValueError("boom")
    return (v % 3, v)


try:
    sorted(data, key=bad)
except ValueError as e:
    print("raised", e)
m = [4, 2, 3]


def mut(v):
    m.append(v)
    return (v, 0)


try:
    m.sort(key=mut)
except ValueError as e:
    print("ValueError", e, len(m))
seen = []
print(sorted([5, 3, 9, 1], key=lambda v: (seen.append(v), (v % 2, v))[1]), seen)

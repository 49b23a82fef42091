# Session 23 (L): str.join of 2-8 plain strs whose result is at most 12 units returns a shared
# str for each spelling (a direct-mapped table in runtime/str_methods.ts strJoin). Behaviour
# unchanged: every result must equal the concatenation, whatever was joined before it (slot
# collisions, equal lengths, the 12/13 boundary, separators, non-ASCII and astral text).
# Expected output: CPython 3.11.

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

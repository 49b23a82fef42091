# Session 24 (L): str.join's shared short results (runtime/str_methods.ts sharedShort) in a
# table of 16384 slots instead of 4096, with wordcount's join-then-capitalize pattern (a
# capitalize of a shared str; capitalize's own results were measured shared and not kept).
# Behaviour unchanged: every join must equal its parts and every capitalize the capitalization
# spelled out by hand, whatever was joined before (more spellings than slots, results kept and
# compared again after all others, the 12/13 boundary, title-case and non-ASCII first
# characters, final sigma, astral text).
# Expected output: CPython 3.11.

SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "qu", "ar", "ix", "é", "ω", "Ñ", "ΣA"]


def cap_by_hand(s):
    # What str.capitalize does for these inputs: the first character title-cased, the rest
    # lowered (sigma's final form handled by lower() on the whole tail after a cased letter).
    if not s:
        return s
    return s[0].title() + s[1:].lower()


# -- more spellings than the table's slots, capitalized and joined in turn, all kept
bad = 0
kept = []
state = 11
for step in range(40000):
    state = (state * 48271) % 2147483647
    k = 1 + state % 5
    parts = [SYL[(state >> (4 * j)) % len(SYL)] for j in range(k)]
    w = "".join(parts)
    c = w.capitalize()
    if c != cap_by_hand(w) or len(c) != len(w):
        bad += 1
    kept.append(c)
    kept.append(w)
again = 0
state = 11
for step in range(40000):
    state = (state * 48271) % 2147483647
    k = 1 + state % 5
    w = "".join([SYL[(state >> (4 * j)) % len(SYL)] for j in range(k)])
    if kept[2 * step] != cap_by_hand(w) or kept[2 * step + 1] != w:
        again += 1
print("mismatches", bad, "after", again, "distinct", len(set(kept)))
h = 0
for w in sorted(set(kept)):
    for ch in w:
        h = (h * 131 + ord(ch)) % 1000000007
print("checksum", h)

# -- the 12/13-unit boundary, equal lengths, anagrams, an already capitalized str
for n in (1, 2, 11, 12, 13, 14):
    w = "q" * (n - 1) + "Z"
    print(n, repr(w.capitalize()), w.capitalize() == "Q" + "q" * (n - 2) + "z" if n > 1 else w.capitalize())
for w in ["abc", "bca", "cab", "ABC", "Abc", "aBC", "", " x", "1a", "ǆemal", "ǅemal", "ﬁsh", "ßa"]:
    print(repr(w), repr(w.capitalize()), w.capitalize() == w.capitalize(), len(w.capitalize()))

# -- final sigma, astral and surrogate-free non-ASCII text
for w in ["ΑΣ", "ΑΣΑ", "ΣΑΣ", "aΣ", "1Σ", "\U0001F600abc", "\U00010428\U00010429X", "éCOLE", "ωΜΕΓΑ"]:
    print(repr(w.capitalize()))

# -- capitalized strs as dict keys and set members, found by equal strs built otherwise
d = {}
for w in ["kalo", "KALO", "kaLO", "lo" + "ka"]:
    c = w.capitalize()
    d[c] = d.get(c, 0) + 1
print(sorted(d.items()), "Kalo" in d, "K" + "alo" in d, {"kalo".capitalize(), "Kalo", "K" + "alo"})


# -- a str subclass: capitalize returns an exact str
class S(str):
    pass


r = S("hELLO").capitalize()
print(repr(r), type(r).__name__)

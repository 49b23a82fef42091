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


# -- list `in`, index, remove and count read the list again after each == (CPython's
# list_contains, list_index_impl, list_remove, list_count): an __eq__ that clears the list
# ends the scan, one that appends makes the new items part of it.
class Clears:
    def __init__(self, lst, answer):
        self.lst = lst
        self.answer = answer

    def __eq__(self, other):
        self.lst.clear()
        return self.answer


class Appends:
    def __init__(self, lst, extra):
        self.lst = lst
        self.extra = extra

    def __eq__(self, other):
        if self.extra:
            self.lst.append(self.extra.pop(0))
        return False


def run(label, make, op):
    lst = []
    make(lst)
    try:
        r = op(lst)
    except ValueError as e:
        r = "ValueError: " + str(e)
    print(label, r, len(lst))


run("in cleared", lambda l: l.extend([Clears(l, False), 2, 3]), lambda l: 3 in l)
run("in appended", lambda l: l.extend([Appends(l, [7, 8]), 1]), lambda l: 8 in l)
run("index cleared", lambda l: l.extend([Clears(l, False), 2, 3]), lambda l: l.index(3))
run("index appended", lambda l: l.extend([Appends(l, [7, 8]), 1]), lambda l: l.index(8))
run("index range cleared", lambda l: l.extend([1, Clears(l, False), 2, 3]), lambda l: l.index(3, 1, 10))
run("index range appended", lambda l: l.extend([Appends(l, [5, 9]), 1]), lambda l: l.index(9, 0, 10))
run("remove cleared", lambda l: l.extend([Clears(l, False), 2, 3]), lambda l: l.remove(3))
run("remove cleared true", lambda l: l.extend([1, Clears(l, True), 3]), lambda l: l.remove(object()))
run("remove appended", lambda l: l.extend([Appends(l, [7, 8]), 1]), lambda l: l.remove(8))
run("count cleared", lambda l: l.extend([3, Clears(l, False), 3, 3]), lambda l: l.count(3))
run("count appended", lambda l: l.extend([Appends(l, [3, 3]), 3]), lambda l: l.count(3))
a = [1, 2, 3, 2]
print(2 in a, 5 in a, a.index(2), a.index(2, 2), a.count(2), a.remove(2), a)

# Session 7 (L) against CPython 3.11's output: sort()/sorted() of short lists of only ints or
# only strs (insertion sort up to 32 ints / 16 strs, the typed array or Array.sort above),
# at and around the thresholds, reversed, with duplicates, negatives, big ints, bools and
# floats mixed in (which leave the fast path), surrogates, and the error cases.
def lcg(n, seed, mod):
    out = []
    s = seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s % mod - mod // 2)
    return out

for n in [0, 1, 2, 3, 5, 15, 16, 17, 31, 32, 33, 40, 64, 100]:
    for mod in [3, 1000, 2 ** 40]:
        a = lcg(n, n + 7, mod)
        s1 = sorted(a)
        s2 = sorted(a, reverse=True)
        b = list(a)
        b.sort()
        c = list(a)
        c.sort(reverse=True)
        print(n, mod, s1 == b, s2 == c, s1[:6], s2[:6], s1[-3:], sum(s1), len(s1))
    print(sorted(list(range(n, 0, -1)))[:5], sorted(list(range(n)), reverse=True)[:5])

# Mixed kinds leave the fast path (same result as CPython's comparisons).
print(sorted([3, 1, True, 2, False, 0]))
print(sorted([3, 1.5, 2, -0.0, 0, 1]))
print(sorted([2 ** 70, 5, -2 ** 70, 3, 2 ** 53 + 1, 2 ** 53]))
print(sorted([5, 3, 1], reverse=True), sorted([1, 1, 1]), sorted([-5, -1, -3]))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    sorted(['a', 3, 'b'])
except TypeError as e:
    print('TypeError', e)

words = ['pear', 'Apple', 'apple', 'banana', '', 'b', 'ä', 'z', 'Zeta', 'é', 'e\u0301', '\uffff', 'ab', 'a', 'aa']
for n in range(len(words) + 1):
    print(n, sorted(words[:n]), sorted(words[:n], reverse=True)[:3])
many = [w + str(i % 7) for i, w in enumerate(words * 3)]
print(sorted(many)[:8], sorted(many, reverse=True)[:4], len(sorted(many)))
print(sorted(['\U0001f600', 'a', '\uffff', 'b']), sorted(['b', '\ud800', 'a']))
print(sorted('hello world'), sorted(('b', 'a', 'c')), sorted({3: 1, 1: 2, 2: 3}))

class L(list):
    pass

l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__)

# Session 18 (L): str subscripts of short strs (the scan up to the index) and str.join's
# byte-buffer loops after their first (OSR-compiled) use. Output compared with CPython 3.11.

def show(x):
    return ascii(x)


# ---- subscripts of strs shorter than 32 units: astral characters (surrogate pairs in pyvm's
# UTF-16 strs) before, at and after the index; lone surrogates; negative indices; out of range.
samples = [
    'item\t123 "quo',
    'abc\U0001F600def',
    '\U0001F600abcdef',
    'abcdef\U0001F600',
    '\U0001F600\U0001F601x',
    'x\ud800y',
    'x\udc00y\ud83d',
    '',
    'q',
    'é€\u00ff\u0100abc',
    'a' * 31 + '\U0001F600',
    'a' * 30 + '\U0001F600',
    '\U0001F600' * 15 + 'z',
]
for s in samples:
    row = []
    for i in range(-len(s) - 2, len(s) + 2):
        try:
            row.append(show(s[i]))
        except IndexError as e:
            row.append('IE:' + str(e))
    print(len(s), ' '.join(row))

# The same subscripts warm (a loop indexing one str many times, then others).
def warm(s, idx, n):
    t = 0
    for _ in range(n):
        for i in idx:
            t += ord(s[i])
    return t

print(warm('abcdefghijklm', [0, 5, 12, -1, -13], 2000))
print(warm('ab\U0001F600cdefghij', [0, 1, 2, 3, 10, -1, -11], 2000))
print(warm('abcdefghij\U0001F600', [0, 9, 10, -1, -2], 2000))
try:
    warm('abc\U0001F600', [4], 1)
except IndexError as e:
    print('IndexError', e)
try:
    warm('abc', [-4], 1)
except IndexError as e:
    print('IndexError', e)


# ---- str.join through the byte buffer: the first long join compiles its loop; later joins
# take the paths that join had not run (another separator, a full 32 KB chunk, a character
# above U+00FF in an item or the separator).
def digest(s):
    h = 0
    for ch in s[::97]:
        h = (h * 31 + ord(ch)) % 1000000007
    return len(s), h, ascii(s[:20]), ascii(s[-20:])

small = [str(i % 1000) for i in range(8000)]
print(digest(''.join(small)))
big = ['x%d' % (i % 97) for i in range(40000)]
print(digest(''.join(big)))
print(digest(' '.join(big)))
print(digest(', '.join(big)))
print(digest('::'.join(small)))
print(digest(('-' * 300).join(small[:500])))
wide = small[:5000] + ['\u0101b'] + small[5000:]
print(digest(''.join(wide)))
print(digest(' '.join(wide)))
print(digest('\u0100'.join(small)))
print(digest('\xff'.join(small)))
for k in range(3):
    print(digest(''.join(small[k:])), digest('|'.join(big[k:])))
print(digest(''.join(['ab'] * 9)), digest('x'.join([''] * 20)))

# bytes and bytearray methods with start/end arguments, int needles, and the methods
# added in session 8 (expandtabs, isascii, istitle, maketrans, translate, removeprefix,
# removesuffix, rpartition, splitlines, zfill), against CPython.
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__ + ':', e)
for B in (bytes, bytearray):
    b = B(b'abracadabra')
    t(lambda: (b.find(b'a', 1), b.find(b'a', 1, 3), b.find(97, 4), b.find(b'ra', -4), b.find(b'', 20), b.find(b'', 11), b.find(b'a', None, None)))
    t(lambda: (b.rfind(b'a', 0, -1), b.rfind(98), b.index(b'c', 2, 5), b.rindex(97, 0, 5), b.count(b'a', 1), b.count(97), b.count(b'', 2, 5), b.count(b'a', 5, 2)))
    t(lambda: b.find('a')); t(lambda: b.find(256)); t(lambda: b.index(b'z', 2)); t(lambda: b.rindex(b'z')); t(lambda: b.count(b'a', 'x')); t(lambda: b.find()); t(lambda: b.find(b'a', 1, 2, 3))
    t(lambda: (b.startswith(b'bra', 1), b.startswith((b'x', b'ab'), 0, 2), b.endswith(b'bra', 0, 4), b.endswith(b'abra', -4), b.startswith(b'', 11), b.startswith(b'', 12)))
    t(lambda: b.startswith('a')); t(lambda: b.endswith(['a'])); t(lambda: b.startswith((b'a', 'a')))
    t(lambda: (B(b'a\tbc\tdef\n\tx').expandtabs(), B(b'a\tb').expandtabs(4), B(b'\t').expandtabs(0), B(b'ab\r\tc').expandtabs(3)))
    t(lambda: (B(b'abc').isascii(), B(b'\x80').isascii(), B(b'').isascii()))
    t(lambda: (B(b'Hello World').istitle(), B(b'Hello world').istitle(), B(b'').istitle(), B(b'1A').istitle(), B(b'A1b').istitle()))
    tbl = B.maketrans(b'abc', b'xyz'); t(lambda: (type(tbl).__name__, len(tbl), tbl[97:100]))
    t(lambda: B.maketrans(b'ab', b'x')); t(lambda: B.maketrans('a', 'b'))
    t(lambda: (b.translate(tbl), b.translate(None, b'a'), b.translate(tbl, b'r'), b.translate(bytes(range(256)))))
    t(lambda: b.translate(b'short')); t(lambda: b.translate(tbl, delete=b'b'))
    t(lambda: (b.removeprefix(b'abra'), b.removeprefix(b'x'), b.removesuffix(b'bra'), b.removesuffix(b'')))
    t(lambda: b.removeprefix('a'))
    t(lambda: (b.rpartition(b'a'), b.rpartition(b'zz'), b.partition(b'zz')))
    t(lambda: b.rpartition(b''))
    t(lambda: (B(b'a\nb\r\nc\rd\n\n').splitlines(), B(b'a\nb\r\n').splitlines(True), B(b'').splitlines(), B(b'x\x0by\x1cz').splitlines(), B(b'a\n').splitlines(keepends=True)))
    t(lambda: (B(b'42').zfill(5), B(b'-42').zfill(5), B(b'+x').zfill(4), B(b'abc').zfill(2), B(b'').zfill(3)))
print(bytearray(b'abc').translate(None, b'b'), type(bytearray(b'x').zfill(3)).__name__, type(bytearray(b'x').rpartition(b'x')[0]).__name__)
# Argument checks in CPython's order and words (found by a random sweep against CPython).
t(lambda: b"  x  ".count(1.5, "ab")); t(lambda: b"x".startswith()); t(lambda: b"x".endswith((1,)))
t(lambda: b"ab".hex(-1)); t(lambda: b"ab".hex((1,), 3)); t(lambda: b"ab".hex((1, 2))); t(lambda: b"ab".hex("ab", ())); t(lambda: b"ab".hex(":", 2**70))
t(lambda: b"ab".hex(memoryview(b"-"))); t(lambda: b"x".join(256)); t(lambda: b"x".splitlines(1.5)); t(lambda: b"x".zfill(2**70))
t(lambda: b"a\tb".expandtabs(2**70)); t(lambda: b"a\tb".expandtabs(-3))
# str's find/count/startswith convert start and end the same way (one searchBounds for both).
t(lambda: 'abc'.find('a', 1.5)); t(lambda: 'abc'.count('a', None, 'x')); t(lambda: 'abc'.startswith('a', 1.5))
t(lambda: ('abcabc'.find('c', -2), 'abc'.find('', 5), 'abc'.count('', 1, 2**70), 'abc'.endswith('c', 0, -1)))

# str.encode and bytes.decode with an encoding they do not implement themselves go to the codec
# registry (_codecs.lookup and the search functions registered there) and to _codecs' escape
# codecs; an encoding nobody knows is CPython's LookupError.
import _codecs

s = "caf\u00e9 \u20ac\n\\x"
for enc in ["unicode_escape", "unicode-escape", "raw_unicode_escape", "Raw-Unicode-Escape"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\\u00e9\\x41\\n".decode("unicode_escape"), repr(b"\\u00e9\\x41".decode("raw_unicode_escape")))


def rot_encode(text, errors="strict"):
    return bytes((ord(c) + 1) % 256 for c in text), len(text)


def rot_decode(data, errors="strict"):
    return "".join(chr((x - 1) % 256) for x in bytes(data)), len(data)


def not_bytes(data, errors="strict"):
    return 42, len(data)


def search(name):
    if name == "rot_one":
        return (rot_encode, rot_decode, None, None)
    if name == "shouting":
        return (not_bytes, not_bytes, None, None)
    return None


_codecs.register(search)
print("abc".encode("rot_one"), b"bcd".decode("rot_one"), "xyz".encode("ROT-ONE"))
for f in [lambda: "abc".encode("shouting"), lambda: b"abc".decode("shouting"),
          lambda: "x".encode("no-such-codec"), lambda: b"x".decode("no-such-codec")]:
    try:
        print(f())
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)

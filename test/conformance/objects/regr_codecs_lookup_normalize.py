# _codecs.lookup normalises a name as CPython 3.9+'s normalizestring (encodings.normalize_encoding
# in lower case) before calling the search functions (test_codecs CodecNameNormalizationTest).
import _codecs

seen = []


def search(name):
    seen.append(name)
    return (1, 2, 3, 4) if name == 'aaa_8' else None


_codecs.register(search)
for name in ['aaa_8', 'AAA-8', 'AAA---8', 'AAA   8', 'aaa\xe9\u20ac-8', 'AAA.8', 'AAA...8', 'BBB-8', 'a\xe9\u20ac-8',
             '-aaa-8-', '  Aaa__8  ']:
    try:
        r = _codecs.lookup(name)
    except LookupError as e:
        r = ('LookupError', str(e))
    print(ascii(name), r, ascii(seen[-1]))

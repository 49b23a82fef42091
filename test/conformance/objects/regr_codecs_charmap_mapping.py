# _codecs.charmap_decode's mapping values as CPython's: ints in range(0x110000) (0xFFFE undefined),
# str of any length, None undefined, anything else a TypeError (test_codecs CharmapTest).
import _codecs
for mapping in [{0: 0x110000}, {0: -1}, {0: 0xfffe}, {0: 'ab'}, {0: ''}, {0: b'x'}, {0: 1.5}, {0: None}, 'x\ufffe', 'ab', {0: 0x10ffff}]:
    for errors in ('strict', 'replace'):
        try:
            r = _codecs.charmap_decode(b'\x00\x01', errors, mapping)
        except Exception as e:
            r = (type(e).__name__, str(e))
        print(ascii(mapping), errors, ascii(r))

# charmap_encode: a run of unmappable characters is one error; a replacement the mapping cannot
# encode raises that error
table = _codecs.charmap_build('ab?' + 'x' * 253)
nomark = _codecs.charmap_build('ab' + 'x' * 254)
for s in ['a\u1234\u1235b', '\u1234', 'ab', 'a\u1234b\u1235\u1236']:
    for errors in ('strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace'):
        for m in (table, nomark, {97: 1, 98: b'BB'}):
            try:
                r = _codecs.charmap_encode(s, errors, m)
            except Exception as e:
                r = (type(e).__name__, str(e))
            print(ascii(s), errors, ascii(r))

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

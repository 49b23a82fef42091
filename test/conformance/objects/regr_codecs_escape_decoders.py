# _codecs' escape decoders as CPython's (test_codecs UnicodeEscapeTest, RawUnicodeEscapeTest,
# EscapeDecodeTest): incremental decoding keeps an unfinished escape, \N{name}, error ranges and
# reasons, error handlers, escape_decode's ValueErrors, and the DeprecationWarning for an
# invalid escape.
import _codecs
import warnings


def show(f, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f(*args)
        except Exception as e:
            r = (type(e).__name__, str(e))
    print(f.__name__, ascii(args), '->', ascii(r), [(x.category.__name__, str(x.message)) for x in w])


for data in [b'a\\', b'a\\x4', b'a\\u12', b'a\\U0001', b'a\\N', b'a\\N{LATIN', b'\\N{LATIN SMALL LETTER A}b',
             b'\\N{nope}', b'\\N{}', b'\\x4g', b'\\U00110000', b'\\777', b'\\8', b'\\q\\w', b'\\\n\\t\\"\\101',
             b'\\\\u0041', b'\\u0041\\U0001f600', b'\\', '\\u00e9\xe9']:
    for final in (True, False):
        show(_codecs.unicode_escape_decode, data, 'strict', final)
        show(_codecs.raw_unicode_escape_decode, data, 'strict', final)
    show(_codecs.unicode_escape_decode, data, 'replace', True)
    show(_codecs.raw_unicode_escape_decode, data, 'backslashreplace', True)
for data in [b'\\x', b'[\\x]\\x', b'[\\x0]\\x0', b'\\x41\\101\\n\\q', b'\\777', b'\\', b'\\N{x}', 'caf\xe9\\n']:
    for errors in ('strict', 'ignore', 'replace', 'other'):
        show(_codecs.escape_decode, data, errors)

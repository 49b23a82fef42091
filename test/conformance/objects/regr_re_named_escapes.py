# re: \N{NAME} escapes (unicodedata's names), \u/\U/\N are bad escapes in bytes patterns (CPython's
# test_re test_named_unicode_escapes, test_sre_byte_literals, test_sre_byte_class_literals).
import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(r)
show(lambda: re.match(r'\N{LESS-THAN SIGN}', '<'))
show(lambda: re.match(r'[\N{less-than sign}x]+', 'x<x'))
show(lambda: re.match(r'\N{LATIN SMALL LETTER A}\N{EM DASH}', 'a\u2014'))
show(lambda: re.match(r'[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+', 'abcd'))
show(lambda: re.match(r'\N{GRINNING FACE}+', '\U0001F600\U0001F600'))
show(lambda: re.compile(r'\N{SPAM}'))
show(lambda: re.compile(r'[\N{SPAM}]'))
show(lambda: re.compile(r'\N{KEYCAP NUMBER SIGN}'))
show(lambda: re.compile(r'\N'))
show(lambda: re.compile(r'\N{'))
show(lambda: re.compile(r'\N{}'))
show(lambda: re.compile(r'\N{LESS-THAN SIGN'))
show(lambda: re.compile(r'\N{' + 'A' * 300 + '}'))
show(lambda: re.compile(br'\N{LESS-THAN SIGN}'))
show(lambda: re.compile(br'\u1234'))
show(lambda: re.compile(br'[\u1234]'))
show(lambda: re.compile(br'\U00012345'))
show(lambda: re.compile(br'[\U00012345]'))
show(lambda: re.compile(br'[\N{LESS-THAN SIGN}]'))
show(lambda: re.match(br'\x41', b'A'))
show(lambda: re.sub('a', r'\N{LESS-THAN SIGN}', 'a'))
show(lambda: re.match(r'\N{LATIN CAPITAL LETTER A}', 'a', re.I))

# unicodedata: properties, names and lookup (aliases, named sequences, algorithmic names),
# normalization and is_normalized, the ucd_3_2_0 view (stringprep/IDNA's Unicode 3.2.0),
# default arguments, and CPython's errors.
import unicodedata
from unicodedata import (bidirectional, category, combining, decimal, decomposition, digit,
                         east_asian_width, is_normalized, lookup, mirrored, name, normalize,
                         numeric, ucd_3_2_0)

print(unicodedata.unidata_version, ucd_3_2_0.unidata_version)
print(type(ucd_3_2_0).__name__, type(ucd_3_2_0).__module__, isinstance(ucd_3_2_0, unicodedata.UCD))

samples = ['A', 'z', '5', '\u00e9', '\u0301', '\u00bd', '\u2167', '\u0663', '\u00b2', '\u4e00',
           '\uac00', '\u20ac', '(', ')', '\u05d0', '\u0627', '\u3000', '\uff21', '\u200d',
           '\U0001f600', '\U0001d400', '\U00020000', '\U000e0001', '\ue000', '\ud800', '\x00',
           '\u0378', '\U0010ffff', '\u1e9b', '\ufb01', '\u2460', '\U00016b61', '\u0f33', '\u00c5']
for c in samples:
    print('%06x' % ord(c), category(c), bidirectional(c), combining(c), east_asian_width(c),
          mirrored(c), repr(decomposition(c)), decimal(c, None), digit(c, None), numeric(c, None),
          name(c, '<none>'))
    print('      3.2:', ucd_3_2_0.category(c), ucd_3_2_0.bidirectional(c), ucd_3_2_0.east_asian_width(c),
          ucd_3_2_0.name(c, '<none>'), ucd_3_2_0.numeric(c, None))

# Counts over whole ranges (cheap checks of the tables).
from collections import Counter
cats = Counter(category(chr(i)) for i in range(0x3000))
print(sorted(cats.items()))
print(sum(1 for i in range(0x10000) if combining(chr(i))), sum(1 for i in range(0x10000) if mirrored(chr(i))))
print(sum(1 for i in range(0x20000) if numeric(chr(i), None) is not None))
print(sum(1 for i in range(0x3000) if ucd_3_2_0.category(chr(i)) != category(chr(i))))

# Names and lookup.
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2A6DF', 'HANGUL SYLLABLE GAG',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f90a',
          'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'LINE FEED', 'NULL',
          'LATIN SMALL LETTER A WITH MACRON AND GRAVE', 'KEYCAP DIGIT ONE', 'GRINNING FACE']:
    r = lookup(n)
    print(repr(n), [hex(ord(c)) for c in r], [name(c, None) for c in r])
print(lookup(b'DIGIT ZERO'), lookup(b'digit one'))
for n in ['NO SUCH THING', 'hangul syllable ga', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-2A6E0',
          'HANGUL SYLLABLE ', 'A' * 300, 'CJK COMPATIBILITY IDEOGRAPH-0F900', '']:
    try:
        lookup(n)
    except KeyError as e:
        print('KeyError', e)
for n in ['GRINNING FACE', 'LATIN CAPITAL LETTER GHA', 'LATIN SMALL LETTER A WITH MACRON AND GRAVE', 'LATIN SMALL LETTER A',
          'CJK UNIFIED IDEOGRAPH-4DB6', 'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'CJK COMPATIBILITY IDEOGRAPH-FA70']:
    try:
        print(repr(ucd_3_2_0.lookup(n)))
    except KeyError as e:
        print('3.2 KeyError', e)
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == lookup('LATIN SMALL LETTER E WITH ACUTE'))

# Normalization.
texts = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\ufb01', '\u2460', '\u00c5', 'A\u030a',
         '\u212b', '\uac00\u11a8', '\u1100\u1161\u11a8', 'e\u0327\u0301', 'e\u0301\u0327',
         'q\u0307\u0323', '\u0958', '\u2126', '\uff21\uff22', '\u00bd', 'x\u0345\u0301\u0300',
         '\u03d3', '\U0001d15e', 'abc', '', '\u0387', 'a\u0300\u0300', '\u0344', '\u0f73',
         '\ufdfa', '\u3300', '\U0002f868', '\uf951', '\u1e0a\u0323', '\u0041\u0301\u0300\u0323']
for t in texts:
    row = []
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = normalize(form, t)
        row.append(' '.join('%x' % ord(c) for c in r))
        assert is_normalized(form, r), (form, t)
    print(repr(t), '|'.join(row), [is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
    print('   3.2:', '|'.join(' '.join('%x' % ord(c) for c in ucd_3_2_0.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')))


class S(str):
    pass


FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
for t in ['abc', '', 'caf\u00e9', 'cafe\u0301', 'x\u0301', '\ufb01', '\u00c5', '\uac00', '\u1100\u1161',
          'a\u0323\u0301', 'a\u0301\u0323', '\u3000', '\U0001d400', '\u0344']:
    s = S(t)
    print(repr(t), [type(normalize(f, s)).__name__ for f in FORMS], [type(ucd_3_2_0.normalize(f, s)).__name__ for f in FORMS],
          [normalize(f, s) == normalize(f, t) for f in FORMS], [is_normalized(f, s) for f in FORMS])
print(name(S('a')), category(S('\u00e9')), lookup(S('snowman')), numeric(S('\u00bd')))

# Defaults and errors.
print(decimal('x', 'd'), digit('x', -1), numeric('x', 0.5), name('\x00', 'no name'))
print(decimal('\u00b2', 'none'), digit('\u00b2'), numeric('\u00b2'), numeric('\u2155'), numeric('\U00016b61'))
errors = [
    lambda: category(1), lambda: category('ab'), lambda: category(''), lambda: category(None),
    lambda: combining(b'a'), lambda: mirrored(2.0), lambda: bidirectional([]),
    lambda: name('\x00'), lambda: decimal('a'), lambda: digit('a'), lambda: numeric('a'),
    lambda: normalize('X', 'a'), lambda: normalize(1, 'a'), lambda: normalize('NFC', 1),
    lambda: is_normalized('NFX', 'a'), lambda: is_normalized('NFC', None),
    lambda: name(), lambda: name('a', 'b', 'c'), lambda: category(), lambda: category('a', 'b'),
    lambda: normalize('NFC'), lambda: decimal('a', 1, 2), lambda: lookup(), lambda: lookup(1), lambda: lookup(bytearray(b'DIGIT ONE')), lambda: lookup(memoryview(b'DIGIT ONE')),
    lambda: category(x=1), lambda: name(c='a'), lambda: unicodedata.UCD(),
    lambda: ucd_3_2_0.name('\U0001f600'), lambda: ucd_3_2_0.category(),
    lambda: ucd_3_2_0.numeric('a'), lambda: lookup('a\ud800b'), lambda: lookup('x\udc00\udc01'),
    lambda: lookup('\u00e9' * 200), lambda: lookup('\u00e9' * 100),
]
for f in errors:
    try:
        f()
        print('no error')
    except (TypeError, ValueError, KeyError, UnicodeEncodeError) as e:
        print(type(e).__name__, e, e.args[1:] if isinstance(e, UnicodeEncodeError) else '')

# \N{...} escapes in string literals as CPython 3.11 reads them: character names and the
# name aliases (NameAliases.txt) case-insensitively, the algorithmic HANGUL SYLLABLE and
# CJK UNIFIED IDEOGRAPH-XXXX names case-sensitively; named sequences are refused.

# Directly in literals (compiled with the module).
print([hex(ord(c)) for c in "\N{LINE FEED}\N{line feed}\N{BYTE ORDER MARK}\N{NBSP}\N{zwj}"])
print([hex(ord(c)) for c in "\N{LATIN CAPITAL LETTER GHA}\N{latin small letter gha}"])
print([hex(ord(c)) for c in "\N{NULL}\N{VS1}\N{VS256}\N{CHARACTER TABULATION}\N{DEL}"])
print([hex(ord(c)) for c in "\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}"])
print([hex(ord(c)) for c in "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-20000}"])
print([hex(ord(c)) for c in "\N{latin small letter a}\N{cjk compatibility ideograph-f900}\N{nushu character-1b170}"])
print([hex(ord(c)) for c in "\N{EM DASH}\N{GRINNING FACE}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"])
print(len("\N{SPACE}x\N{MATHEMATICAL BOLD CAPITAL A}"), "\N{SPACE}" == " ")

# Through compile(): accepted names and CPython's SyntaxError for the others.
names = [
    'LINE FEED', 'line feed', 'Line Feed', 'BYTE ORDER MARK', 'byte order mark',
    'LATIN CAPITAL LETTER GHA', 'NULL', 'nbsp', 'ZWNJ', 'SHY', 'VS17',
    'HANGUL SYLLABLE GA', 'hangul syllable ga', 'Hangul Syllable GA', 'HANGUL SYLLABLE Ga',
    'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00',
    'Cjk Unified Ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-3400',
    'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-FFFF',
    'CJK COMPATIBILITY IDEOGRAPH-F900', 'TANGUT IDEOGRAPH-17000',
    'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN',
    'LATIN SMALL LETTER R WITH TILDE', 'TAMIL SYLLABLE KSSA',
    'EOF', ' LINE FEED', 'LINE FEED ', 'LINE  FEED', 'NO SUCH NAME',
]
for n in names:
    src = "'\\N{%s}'" % n
    try:
        v = eval(compile(src, '<name>', 'eval'))
        print(repr(n), 'ok', [hex(ord(c)) for c in v])
    except SyntaxError as e:
        print(repr(n), 'SyntaxError', e.msg)

# Bytes-like escapes elsewhere: a raw string keeps \N, bytes literals have no \N.
print(r"\N{LINE FEED}", len(b"\N{LINE FEED}"))

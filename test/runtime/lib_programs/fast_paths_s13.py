# Session 13 (L) against CPython 3.11's output: int() of strs and bytes off its short-decimal
# fast path (int_ops.ts parseIntLiteral / invalidIntLiteral, asciiDigits' ASCII shortcut):
# valid and invalid literals in every base, prefixes, underscores, signs, surrounding
# whitespace, Unicode decimal digits, long literals and the 200-character cut in the message,
# the same literal failing in a loop (a path that always raises), and float() of the same
# kinds of strs (float shares asciiDigits); the whitespace int, float and complex strip (not
# the ASCII separators U+001C-U+001F, which str.strip() strips).


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


literals = [
    '', ' ', '0', '-0', '+0', '00', '0_0', '000', '1_000', '1__000', '_1', '1_', '-', '+', '--1',
    '+-1', ' 42 ', '\t-17\n', '\u2003 9 \u3000', '0x1f', '0X1F', '0o17', '0O17', '0b101',
    '0B101', '0x_1f', '0x__1f', '0x', '0b', '0b2', '0o8', '1e3', '1.0', 'x1', 'x' + '9' * 20,
    '12345678901234567', '-12345678901234567890123', '9' * 30, '١٢٣', '٠x1', '１２３', '-１２',
    '12a', 'abc', 'zz', 'ZZ', '0z', ' 0x10 ', '0 1', '1 0', '\x00', '1\x00', 'ⅷ', '²',
    '1' * 250 + 'x', 'y' * 250, "it's", '"q"', '\\', '\U0001D7D9\U0001D7DA',
]
for s in literals:
    for base in (10, 0, 2, 8, 16, 36, 7):
        attempt(repr(s)[:40] + ' base %d' % base, lambda: int(s, base))
    attempt(repr(s)[:40] + ' default', lambda: int(s))
    attempt(repr(s)[:40] + ' bytes', lambda: int(s.encode('utf-8', 'surrogatepass')))
    attempt(repr(s)[:40] + ' float', lambda: float(s))

for base in (-1, 1, 37, 100):
    attempt('bad base %d' % base, lambda: int('10', base))
attempt('base kw', lambda: int('z', base=36))
attempt('non-str with base', lambda: int(10, 2))


class S(str):
    pass


attempt('str subclass', lambda: int(S(' 0x1f '), 0))
attempt('str subclass bad', lambda: int(S('0x1g'), 0))
attempt('str subclass default', lambda: int(S(' -12 ')))
attempt('str subclass default bad', lambda: int(S('12x')))


class T(str):
    def __int__(self):
        return 7


attempt('str subclass __int__', lambda: int(T('12')))
attempt('str subclass __int__ base', lambda: int(T('12'), 16))

for b in (b'12', b' 12 ', b'\xa012', b'\x1c12', b'\x8512', b'12\x85', b"it's", b'a"b', b'\x00', b'1_0', b'0x1f', b'z' * 250):
    for base in (10, 0, 16, 36):
        attempt(repr(b)[:30] + ' base %d' % base, lambda: int(b, base))
    attempt(repr(b)[:30] + ' default', lambda: int(b))
for s in ('\x1c12', '\x8512', '\xa012', '12\x1f'):
    attempt(repr(s) + ' str', lambda: int(s))
    attempt(repr(s) + ' float', lambda: float(s))
    attempt(repr(s) + ' complex', lambda: complex(s + 'j'))

# The same failing literal again and again (the error path only), then good ones.
errors = 0
total = 0
for i in range(3000):
    try:
        total += int('x' + str(i))
    except ValueError as e:
        errors += 1
        last = str(e)
    try:
        total += int(' %d_%d ' % (i, i % 7), 0 if i % 2 else 10)
    except ValueError as e:
        errors += 1
print(errors, total, last)

# int.from_bytes of any bytes-like object or iterable of ints (PyObject_Bytes).


class B:
    def __bytes__(self):
        return b'\x01\x02'


class Idx:
    def __index__(self):
        return 3


class BadB:
    def __bytes__(self):
        return 'no'


for label, src in [('bytes', b'\x01\x00'), ('bytearray', bytearray(b'\x01\x00')), ('list', [1, 0]),
                   ('tuple', (1, 0)), ('map', map(int, ['1', '0'])), ('gen', (x for x in (1, 0))),
                   ('range', range(1, 3)), ('memoryview', memoryview(b'\x01\x00')), ('__bytes__', B()),
                   ('empty', []), ('str', 'ab'), ('int', 5), ('float', 1.5), ('index', Idx()),
                   ('None', None), ('object', object()), ('big item', [256]), ('neg item', [-1]),
                   ('str item', ['a']), ('bad __bytes__', BadB()), ('dict', {1: 2})]:
    attempt('from_bytes ' + label, lambda: int.from_bytes(src, 'big'))
attempt('from_bytes little signed', lambda: int.from_bytes(iter([255, 255]), 'little', signed=True))

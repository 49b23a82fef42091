# binascii.b2a_uu / a2b_uu (CPython's test_binascii, test_codecs' uu_codec)
import binascii


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(f.__name__, ascii(args), kw, '->', ascii(r))


for data in [b'', b'a', b'abc', b'abc\x00\x00\x00', bytes(range(45)), b'\xff\xfe\xfd\xfc', b'x' * 46, 'text']:
    show(binascii.b2a_uu, data)
    show(binascii.b2a_uu, data, backtick=True)
for line in [b'', b'\n', b'!', b'!x', b'#86)C\n', b'#86)C  \n', b'#86)C``\r\n', b'#86)Cx', b'\x7f', b'#86\n',
             '#86)C\n', b'&86)C````\n', b'$_/[]\n', b'#8\x1f)C']:
    show(binascii.a2b_uu, line)
for n in range(0, 46, 7):
    data = bytes((i * 37 + 11) % 256 for i in range(n))
    print(n, binascii.a2b_uu(binascii.b2a_uu(data)) == data, binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data)

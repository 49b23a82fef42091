import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\x00\xff' * 40]
for s in samples:
    for enc, dec in ((base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                     (base64.b32hexencode, base64.b32hexdecode)):
        e = enc(s)
        assert dec(e) == s, (enc.__name__, s)
    print(base64.b64encode(s)[:40], base64.b32encode(s)[:24], base64.b16encode(s)[:16], base64.b85encode(s)[:20])
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b'x' * 120)) == b'x' * 120)
print(base64.standard_b64encode(b'\xfb\xff'), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVs\nbG8=\n'))
for bad in (b'abc', b'a', b'ab=c=', 'é'):
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    base64.b64decode(b'ab!c', validate=True)
except binascii.Error as e:
    print('validate:', e)
for bad in (b'==ab', b'ab==cd', b'abc=d', b'ab===', b'ab!cd==='):
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print('strict:', e)
print(binascii.a2b_base64(b'ab==cd'), binascii.a2b_base64(b'YWJj\n'), binascii.b2a_base64(b'abc', newline=False))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abcdef', '-', 2), binascii.hexlify(b'abcdef', b':', -4))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('6869'))
for bad in (b'abc', b'zz'):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e, isinstance(e, ValueError))
print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), binascii.crc32(b'a', -1))
print(binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__[1])
try:
    binascii.b2a_base64('text')
except TypeError as e:
    print('TypeError', e)
try:
    binascii.a2b_base64(5)
except TypeError as e:
    print('TypeError', e)

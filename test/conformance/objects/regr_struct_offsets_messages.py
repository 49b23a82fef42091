# struct (CPython's test_struct test_boundary_error_message*, test_p_code, test_issue35714): pack_into/
# unpack_from offset checks and messages in 3.11's order, offsets past sys.maxsize, 'p' copies all
# that fits (the length byte saturates at 255), 'embedded null character'.
import struct, sys
def t(f):
    try:
        print('ok', f())
    except (struct.error, OverflowError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
t(lambda: struct.unpack_from('<I', bytearray(1), -2))
t(lambda: struct.pack_into('<I', bytearray(1), -2, 1))
t(lambda: struct.unpack_from('<I', bytearray(10), -2))
t(lambda: struct.unpack_from('<I', bytearray(10), 20))
t(lambda: struct.pack_into('<I', bytearray(10), 20, 1))
t(lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize))
t(lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1))
t(lambda: struct.unpack_from('<I', bytearray(10), -sys.maxsize - 1))
t(lambda: struct.pack_into('<I', bytearray(10), -sys.maxsize - 1, 1))
t(lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize + 1))
t(lambda: struct.pack_into('<I', bytearray(10), sys.maxsize + 1, 1))
t(lambda: struct.Struct('<I').pack_into(bytearray(10), 2**64, 1))
t(lambda: struct.unpack_from('<I', bytearray(10), 6))
t(lambda: struct.unpack_from('<I', bytearray(b'abcdefghij'), -4))
t(lambda: struct.unpack_from('<0I', bytearray(10), 10))
t(lambda: struct.unpack_from('<0I', bytearray(10), 11))
t(lambda: struct.pack_into('<0I', bytearray(10), 11))
t(lambda: struct.pack_into('<I', bytearray(10), -1, 1))
t(lambda: struct.pack_into('<I', bytes(10), 0, 1))
t(lambda: struct.pack_into('<I', bytes(10), 0))
t(lambda: struct.pack_into('b', bytearray(1), 5, 1))
t(lambda: struct.unpack_from('b', bytearray(1), 5))
t(lambda: struct.pack_into('<B', bytearray(10), -11, 123))
t(lambda: struct.unpack_from('<B', bytearray(10), -11))
b = bytearray(10)
struct.pack_into('<I', b, -4, 0x01020304)
print(b, struct.unpack_from('<H', b, offset=-2))
for code, data in (('p', b'abc'), ('1p', b'abc'), ('2p', b'abc'), ('5p', b'abc'), ('1000p', b'x' * 1000), ('300p', b'y' * 260)):
    got = struct.pack(code, data)
    print(code, got[:8], len(got), got.count(b'x') + got.count(b'y'), len(struct.unpack(code, got)[0]))
for f in ['\x00', '\x00b', 'b\x00', b'\x00']:
    t(lambda: struct.calcsize(f))
    t(lambda: struct.Struct(f))

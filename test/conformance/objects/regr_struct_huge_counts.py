# struct with huge repeat counts (CPython's test_struct test_count_overflow ran pyvm out of memory: every
# repeat was expanded to an item): calcsize exact past 2**53, 'total struct size too long', pack's
# argument count checked before any allocation, MemoryError past what can be allocated.
import struct, sys
for f in ['{}b'.format(sys.maxsize + 1), '{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2), '99999999999999999999999x',
          '4294967296s', '1000000000000q', '{}x'.format(sys.maxsize), '{}xb'.format(sys.maxsize), '@{}bq'.format(2**60),
          '=1000000000000000d', '<3h2q', '@3h2q', '@b0q', '0s', '0q', '5p', '9007199254740993b', '99999999999999999999999z']:
    try:
        print(f, struct.calcsize(f))
    except struct.error as e:
        print(f, 'error', e)
for f, args in (('1000000000000q', ()), ('3q', (1, 2)), ('1000000000000q', (1,))):
    try:
        struct.pack(f, *args)
    except struct.error as e:
        print('error', e)
try:
    struct.unpack('1000000000000q', b'')
except struct.error as e:
    print('error', e)
s = struct.Struct('1000000000000q')
print(s.size, s.format)
print(struct.pack('<3h2q', 1, -2, 3, 4, -5), struct.unpack('@3h2q', struct.pack('@3h2q', 1, -2, 3, 4, -5)))
print(struct.pack('2s3p0q2x?', b'abc', b'defg', True), struct.unpack('4b', bytes(range(4))))
print(list(struct.iter_unpack('2H', bytes(range(8)))), struct.pack_into)
try:
    struct.pack('100000000000x')
except MemoryError as e:
    print('MemoryError', e)

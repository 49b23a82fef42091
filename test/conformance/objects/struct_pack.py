# struct: calcsize/pack/unpack for every code and byte order (native alignment), Struct, pack_into/unpack_from/iter_unpack, half floats, and struct.error's messages.
import struct
print(struct.calcsize('i'), struct.calcsize('@ci'), struct.calcsize('<ci'), struct.calcsize('3s'), struct.calcsize('@hq'), struct.calcsize('P'), struct.calcsize('e'))
print(struct.pack('<hHiI', -1, 2, -3, 4), struct.pack('>d', 1.5), struct.pack('@bi', 1, 2), struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('?x?', True, 0))
print(struct.unpack('<hHiI', struct.pack('<hHiI', -1, 2, -3, 4)), struct.unpack('2c', b'ab'), struct.unpack('<e', struct.pack('<e', 1.5)))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('i', 'x'), lambda: struct.pack('i'), lambda: struct.unpack('i', b'ab'), lambda: struct.calcsize('z'), lambda: struct.pack('<B', -1), lambda: struct.pack('c', b'ab'), lambda: struct.pack('<Q', -1), lambda: struct.pack('<h', 40000)]:
    try: bad()
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
s = struct.Struct('<2H'); print(s.size, s.format, s.pack(1,2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00'*2)))
buf = bytearray(8); struct.pack_into('<I', buf, 2, 7); print(buf, struct.unpack_from('<I', buf, 2), struct.unpack_from('<I', buf, offset=2))
print(struct.pack('<q', 2**62), struct.unpack('<Q', b'\xff'*8), struct.pack('<i', True), struct.error.__mro__)
for fmt, vals in [('b',[200,-200]),('B',[300,-1]),('h',[40000,-40000]),('H',[70000,-1]),('i',[2**40,-2**40]),('I',[2**40,-1]),('l',[2**64, -1]),('L',[2**64,-1]),('q',[2**64]),('Q',[2**64,-1]),('<b',[200]),('<B',[-1]),('<h',[40000]),('<H',[-1]),('<i',[2**40,-2**40]),('<I',[2**40,-1]),('<l',[2**40]),('<L',[-1, 2**40]),('<q',[2**64]),('<Q',[2**64,-1]), ('n', [2**64]), ('N', [-1])]:
    for v in vals:
        try: struct.pack(fmt, v)
        except struct.error as e: print(fmt, v, e)
for fmt in ['f','d','e','<f','<e','=f']:
    for v in ['x', 1e300]:
        try: print(fmt, struct.pack(fmt, v))
        except Exception as e: print(fmt, type(e).__name__, e)
for f in ['3x','s','0s','2p','P','<P','<n','@P','i i','3si']:
    try: print(f, struct.calcsize(f))
    except struct.error as e: print(f, e)
for args in [('s', 'abc'), ('c', 'a'), ('p', 'a'), ('i', 1.5), ('i', 3, 4)]:
    try: struct.pack(*args)
    except struct.error as e: print(args, e)
try: struct.unpack('i', 'abcd')
except TypeError as e: print(e)
try: struct.Struct(3)
except TypeError as e: print(e)
print(struct.unpack('@ci', b'a\x00\x00\x00\x05\x00\x00\x00'), struct.pack('<5p', b'abcdefgh'), struct.unpack('<5p', b'\x09abcd'), struct.pack('@hq', 1, 2))
print(struct.pack('>e', 65504.0), struct.unpack('<d', struct.pack('<d', -0.0)), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in [0.1, 1e-7, 6.1e-5, 2.5, -3.75, 1/3, 65500.0, 1e-8]])
try: struct.pack('<e', 1e6)
except OverflowError as e: print(e)
try: struct.pack_into('<I', bytearray(2), 0, 1)
except struct.error as e: print(e)
try: struct.unpack_from('<I', b'ab', 0)
except struct.error as e: print(e)
try: list(struct.iter_unpack('<H', b'abc'))
except struct.error as e: print(e)

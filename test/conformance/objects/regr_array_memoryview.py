# array.array as a buffer: memoryview(a) views the array's own items (format, itemsize,
# shape, writable, obj), struct.pack_into and readinto write into an array or a writable
# memoryview, a memoryview that is not C-contiguous is a BufferError where a C function takes
# a simple buffer (binascii, struct.unpack). From test_struct's test_pack_into,
# test_binascii's test_c_contiguity and test_memoryview's array tests.
import array, struct, binascii, io, os, copy
m=memoryview(array.array('u','ab')); print(m.format, m.itemsize, m.shape, m.nbytes, m.tobytes())
try: m[0]
except Exception as e: print(type(e).__name__, e)
a=array.array('i',[1,2,3]); m=memoryview(a); print(m.format, m.obj is a, m.tolist(), m[1], m.readonly, m.strides); m[1]=7; print(a)
m.release(); a.append(4); print(a)
struct.pack_into('i', a, 4, 99); print(a)
struct.pack_into('2s', memoryview(bytearray(b'xxxx'))[1:], 1, b'ab')
bb = bytearray(b'xxxx'); struct.pack_into('2s', memoryview(bb)[1:], 1, b'ab'); print(bb)
print(memoryview(array.array('d',[1.5])).tolist(), memoryview(array.array('L',[1])).format, memoryview(array.array('q',[1])).format)
m=memoryview(bytearray(b'abcd'))[::-2]
for f in (lambda: binascii.b2a_hex(m), lambda: struct.unpack('2s', m), lambda: struct.pack_into('b', m, 0, 1), lambda: struct.pack_into('b', memoryview(b'ab'), 0, 1), lambda: struct.pack_into('b', b'ab', 0, 1), lambda: bytes(m)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for tc in 'bBuhHiIlLqQfd':
    x = array.array(tc, 'abc' if tc == 'u' else [1, 2, 3])
    y = x[::-1]; x.extend(y); x.insert(1, x[0]); x.pop(); x.reverse(); x.byteswap(); x.byteswap()
    del x[::3]; x[1:2] = array.array(tc, 'z' if tc == 'u' else [9]); x *= 2; x = x + x[:2]
    print(tc, x, len(x), x.tobytes().hex(), list(x), x.buffer_info()[1], x == copy.copy(x), memoryview(x).nbytes)
    mv = memoryview(x)
    if tc != 'u':
        mv[0] = mv[1]
    print(x[0], bytes(x)[:8])
a = array.array('h', [0] * 4)
r = io.BytesIO(b'\x01\x00\x02\x00\x03').readinto(a); print(r, a)
a = array.array('h', [0] * 3)
a = array.array('b', b' ' * 10)
try: struct.pack_into('21s', a, 0, b'x')
except Exception as e: print(type(e).__name__, e)
print(bytearray(array.array('H', [1, 2])), b'-'.join([array.array('b', b'ab')]))
x = array.array('i', [1,2,3,4])
try: x[::2] = array.array('i', [1])
except Exception as e: print(type(e).__name__, e)
for bad in (lambda: x.pop('x'), lambda: x['x'], lambda: x * 'x', lambda: x.frombytes('abcd'), lambda: x.pop(10), lambda: array.array('i').pop(), lambda: x.remove(42), lambda: x.index(42)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x[1:2] = x; print(x, x[5:1], x[-2:], x[::-2])
del x[1:3]; print(x, 3 in x, x.count(4), x.index(4))
x.fromlist([7, 8]); print(x)
try: x.fromlist([1, 'a'])
except Exception as e: print(type(e).__name__, e, x)
it = iter(x); next(it); x.append(100); print(list(it))
print(array.array('f', [1.1]), array.array('b', array.array('i', [1, 2])), array.array('i', array.array('i', [3])))
print(memoryview(array.array('i', [1, 2])) == array.array('i', [1, 2]), memoryview(b'ab') == array.array('b', b'ab'))
a = array.array('h', [0] * 3)
print(io.BufferedReader(io.BytesIO(b'\x07\x00\x08\x00')).readinto(a), a)

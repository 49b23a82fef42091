# An array.array is a bytes-like object to what reads a buffer: bytes(a) and bytearray(a) are
# its machine bytes (pyvm iterated its items: bytes(array('i', [1, 2, 3])) was b'\x01\x02\x03'),
# b''.join, bytes + array, struct.unpack, bytes methods taking a buffer; also for
# a subclass and for float and unicode arrays.
import array
import struct

a = array.array('i', [1, 2, 3])
print(bytes(a))
print(bytearray(a))
print(b''.join([a, b'|', array.array('B', [65, 66])]))
print(b'x' + array.array('b', [1, 2]))
print(struct.unpack('3i', a))
print(b'\x00\x02\x00'.find(array.array('B', [2])))
print(bytes(array.array('d', [1.5])))
print(bytes(array.array('u', 'h\u20ac')))
print(bytes(array.array('q', [])))


class Sub(array.array):
    pass


print(bytes(Sub('h', [-1, 256])))
print(bytearray(b'ab') + array.array('B', [99]))
try:
    memoryview(b'x').tobytes() + bytes([1, 2.5])
except TypeError as e:
    print('TypeError', e)

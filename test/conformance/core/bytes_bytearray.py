# bytearray: mutable bytes.
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), ba[1], bytes(ba))
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]) + b'\x03')
print(b'abc' == bytearray(b'abc'), bytearray(b'x') * 3)

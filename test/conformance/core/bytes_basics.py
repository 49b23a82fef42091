# bytes: literals, indexing gives ints, slicing, repr, methods.
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(b'abc' + b'def', b'ab' * 3, b'a' in b'abc', 97 in b'abc')
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)))
print(b'Hello'.upper(), b'a,b'.split(b','), b'  x '.strip(), b'-'.join([b'a', b'b']))
print(b'caf\xc3\xa9'.decode('utf-8'), b'abc'.decode(), b'abc'.hex(), bytes.fromhex('61 62'))
print(repr(b'\'"'), repr(b"'"), b'\t\n\r', b'abc'.find(b'c'), b'abc'.startswith(b'ab'))

# bytes: count, replace, split, ljust, comparisons, iteration.
b = b'one two three two'
print(b.count(b'two'), b.replace(b'two', b'2'), b.split(), b.split(b' ', 1), b.rsplit(b' ', 1))
print(b.upper().lower(), b.title(), b.startswith(b'one'), b.index(b'three'), b.isalpha(), b'123'.isdigit())
print([x for x in b'abc'], list(reversed(b'xyz')), b'abc' < b'abd', b'b' > b'abc', max(b'hello'))
print(b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'ab'.center(6, b'*'), b'  x  '.lstrip(), b'%d-%s' % (5, b'x'))
print(bytes(reversed(b'abc')), b''.join([b'a', bytearray(b'b')]), b'x' * 0, b'a' in b'', len(b'\x00' * 4))

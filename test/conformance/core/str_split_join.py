# split, rsplit, splitlines, partition, join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  x  '.split(), ''.split(','))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a b c'.rsplit(None, 1))
print('l1\nl2\r\nl3\n'.splitlines(), 'l1\nl2\n'.splitlines(True))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'abc'.partition('z'))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(str(i) for i in range(4)))

# encode, format_map, count of overlapping, splitlines with other separators.
print('héllo'.encode(), 'abc'.encode('ascii'), 'é'.encode('utf-8'))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
print('aaaa'.count('aa'), 'mississippi'.split('ss'))
print(str(123), str(-4.5), str([1, 'a']), str(None), str(b'x'))
print('abc'.__len__(), 'abc'.__contains__('b'))
print(' '.join('a b\tc\n d'.split()))

# strip family, center, ljust, rjust, zfill, expandtabs.
s = '  \t hi there \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'www.example.com'.lstrip('w.'))
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'ab'.ljust(5, '.') + ']', '[' + 'ab'.rjust(5) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print(repr('a\tb\tc'.expandtabs(4)), repr('ab\tc'.expandtabs()))
print('prefix_name'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'))

# replace with and without count; translate and maketrans.
s = 'one fish two fish red fish'
print(s.replace('fish', 'cat'), s.replace('fish', 'cat', 2), s.replace('', '-')[:10])
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t))
print('hello'.translate(str.maketrans({'l': 'L', 'o': None})))
print('a-b_c'.translate(str.maketrans('-_', '  ', 'c')))

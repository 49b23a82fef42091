# find, rfind, index, count, startswith, endswith, in.
s = 'abracadabra'
print(s.find('bra'), s.rfind('bra'), s.find('x'), s.find('a', 4), s.find('a', 4, 6))
print(s.index('c'), s.rindex('a'), s.count('a'), s.count('bra'), s.count(''))
print(s.startswith('abr'), s.endswith('bra'), s.startswith(('x', 'a')), s.endswith('a', 0, 4))
print('cad' in s, 'dac' in s, '' in s)
try:
    s.index('zz')
except ValueError as e:
    print(e)

# count/find/index/startswith with start and end arguments, including negatives.
s = 'abcabcabc'
print(s.count('abc', 1), s.count('abc', 0, 6), s.count('a', -3), s.count('', 2, 5), s.count('bc', -100, 100))
print(s.find('c', 3), s.find('c', -4, -1), s.rfind('a', 0, 5), s.index('b', 2), s.rindex('c', 0, -1))
print(s.startswith('cab', 2), s.startswith(('x', 'bca'), 1), s.endswith('ab', 0, 5), s.endswith('c', -1))
print('x'.find('x', 5), ''.find(''), 'abc'.find('', 3), 'abc'.find('', 4), s[slice(-4, None)].count('c'))

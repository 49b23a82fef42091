words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), ' '.join(reversed(words)), words.count('the'))
caps = [w.capitalize() for w in words if len(w) > 3]
print(caps, '-'.join(caps).lower())
for i, w in enumerate(words[:3]):
    print(f'{i:>2}: {w:<6}|{len(w):03d}|{w!r}')
s = ''
for ch in 'hello':
    s = ch + s
print(s, s.upper(), s.find('l'), s.replace('l', 'L'), s[1:4], s[::2])
print('%5.2f %s %d%%' % (3.14159, 'x', 50), '{:,}'.format(1234567), str(10 ** 20))

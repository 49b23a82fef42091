# join over generators, maps and dict keys; split/join round-trips.
print(','.join(str(i) for i in range(5)), '-'.join(map(str.upper, 'abc')), '|'.join({'k1': 1, 'k2': 2}))
text = 'a  b   c'
print(' '.join(text.split()), text.split(' '), '_'.join(reversed(text.split())))
lines = ['x', 'y', 'z']
joined = '\n'.join(lines)
print(repr(joined), joined.splitlines() == lines, joined.count('\n'))

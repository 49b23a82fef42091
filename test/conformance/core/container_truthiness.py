# Truth value of containers and numbers in if/while.
for v in (0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (None,), {}, {0: 0}, set(), {0}, range(0), range(1), None, 0j, 1j):
    print(repr(v), 'true' if v else 'false')
n = 3
while n:
    n -= 1
print('done', n)

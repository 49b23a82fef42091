# len and indexing of large ranges and lists.
r = range(0, 10 ** 12, 7)
print(len(r), r[10 ** 9], r[-1], 7 * 10 ** 9 in r)
a = [0] * 100000
a[-1] = 1
print(len(a), sum(a), a.index(1))
s = 'ab' * 50000
print(len(s), s.count('ab'), s[99999])

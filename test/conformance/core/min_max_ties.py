# min and max return the first of equal elements (by key).
words = ['bb', 'aa', 'cc', 'a', 'd']
print(max(words, key=len), min(words, key=len), max([(1, 'x'), (1, 'y')], key=lambda t: t[0]))
vals = [1, 1.0, True]
print(repr(max(vals)), repr(min(vals)), repr(max(reversed(vals))))
print(sorted([1, True, 1.0]), sorted([True, 1.0, 1]))

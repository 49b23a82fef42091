# list.sort and sorted: key, reverse, stability.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'elder']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, -2, 2.25]), sorted('hello', reverse=True))

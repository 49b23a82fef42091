# Iterating over strings, enumerate, and building via list and join.
word = 'stressed'
print(''.join(reversed(word)))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, c in enumerate('abc'):
    print(i, c)
print(list('hi!'), tuple('ok'), sorted('banana'))

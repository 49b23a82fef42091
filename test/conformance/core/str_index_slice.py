# Indexing and slicing strings, including negative steps.
s = 'Python'
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::2], s[::-1], s[-3:], s[1:-1], s[10:], s[-100:2])
print(s[5:1:-1], s[::-2], s[:0], len(s))
try:
    s[6]
except IndexError as e:
    print(e)
try:
    s[0] = 'J'
except TypeError as e:
    print(e)

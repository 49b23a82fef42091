# Nested and recursive list reprs.
a = [1, [2, [3, [4]]], (5, [6]), {'k': [7]}]
print(a)
b = [1, 2]
b.append(b)
print(b, repr(b))
c = {'self': None}
c['self'] = c
print(c)
d = [[]] * 3
d[0].append(1)
print(d)
e = []
e.append([e])
print(e)

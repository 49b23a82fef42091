# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[1:1] = [9, 9]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)

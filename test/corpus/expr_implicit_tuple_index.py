a[1, 2]
a[1:2, 3]
x = a[b, c] = d
del a[1, 2]

a = x < y == z
b = x is not y is z
c = x not in y in z
d = not x < y
e = (x < y) < z

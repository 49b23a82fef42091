a = -1
b = +1
c = ~1
d = not 1
e = - - 1
f = -(1)
g = not not a
h = ~-+a

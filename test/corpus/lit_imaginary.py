a = 1j
b = 1.5j
c = 0j
d = 1e10J
e = .5j
f = 10_0j
g = 1 + 2j
h = -3j

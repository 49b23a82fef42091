a = 1 < 2
b = 1 <= 2 < 3
c = a == b != c
d = a is b
e = a is not b
f = a in b
g = a not in b
h = 1 < 2 > 3 >= 4 <= 5 == 6 != 7

a = 1 | 2
b = 1 ^ 2
c = 1 & 2
d = 1 << 2
e = 8 >> 1
f = a | b | c
g = a & b ^ c | d

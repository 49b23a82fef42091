a = 1 + 2 * 3
b = (1 + 2) * 3
c = 2 ** 3 ** 2
d = -2 ** 2
e = (-2) ** 2
f = 1 - 2 - 3
g = 2 ** -1
h = not a == b
i = a or b and c
j = a | b ^ c & d << 1 + 2

# Expressions mixing many live values: tuple building, unpacking and swaps in loops.
a, b, c, d, e = 1, 2, 3, 4, 5
for _ in range(10):
    a, b, c, d, e = b + e, c * 2 - a, d - b, e + a, a * b % 97
print(a, b, c, d, e)
pts = [(i, i * i, -i) for i in range(8)]
sx = sy = sz = 0
for x, y, z in pts:
    sx, sy, sz = sx + x, sy + y, sz + z
print(sx, sy, sz)
m = [[i * j for j in range(4)] for i in range(4)]
print([m[i][j] + m[j][i] - m[i][i] for i in range(4) for j in range(4) if i <= j])
q = [1, 2, 3, 4, 5, 6]
q[0], q[5], q[1], q[4] = q[5], q[0], q[4], q[1]
print(q)

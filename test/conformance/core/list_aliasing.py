# Lists are shared by reference; copying.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
n = [[0] * 2] * 2
n[0][0] = 9
print(n)

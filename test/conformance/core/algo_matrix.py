# Matrix multiplication and transpose with nested lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(matmul(a, b))
print([list(r) for r in zip(*a)])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(ident, [[1.5], [2.5], [3.5]]))
m = [[2, 0], [0, 2]]
p = [[1, 0], [0, 1]]
for _ in range(10):
    p = matmul(p, m)
print(p)

def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(identity, identity))

# A Matrix class with __matmul__, __getitem__ with tuple keys, __eq__ and __repr__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a @ b == b @ a)
a[0, 0] = 10
print(a, a[1, 0])

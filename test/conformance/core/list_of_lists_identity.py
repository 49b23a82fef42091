# Building grids: shared rows versus independent rows.
grid_bad = [[0] * 3] * 3
grid_ok = [[0] * 3 for _ in range(3)]
grid_bad[0][0] = 1
grid_ok[0][0] = 1
print(grid_bad)
print(grid_ok)
print(grid_bad[0] is grid_bad[1], grid_ok[0] is grid_ok[1])

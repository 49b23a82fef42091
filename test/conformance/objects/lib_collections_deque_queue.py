# deque as a queue in a BFS over a grid.
from collections import deque
grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']
rows, cols = len(grid), len(grid[0])
start = (0, 0)
end = (3, 7)
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(dist[end], len(dist))

# Conway's Game of Life on a small torus, with sets of coordinates and a Grid class.
class Grid:
    def __init__(self, w, h, alive):
        self.w, self.h, self.alive = w, h, set(alive)
    def neighbours(self, x, y):
        return sum(((x + dx) % self.w, (y + dy) % self.h) in self.alive
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    def step(self):
        new = set()
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    new.add((x, y))
        return Grid(self.w, self.h, new)
    def __str__(self):
        return '\n'.join(''.join('#' if (x, y) in self.alive else '.' for x in range(self.w)) for y in range(self.h))
g = Grid(8, 6, [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for gen in range(4):
    print(f'gen {gen}: {len(g.alive)} alive')
    print(g)
    g = g.step()
print(sorted(g.alive))

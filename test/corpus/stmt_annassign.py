a: int
b: int = 1
c: list[int] = []
d.e: str = 'x'
f[0]: int = 1
(g): int = 2
h: 'forward' = None
i: tuple = 1, 2

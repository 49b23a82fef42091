def f(a: int) -> int:
    pass
def g(a: int = 1, *b: str, c: 'x' = 2, **d: dict) -> None:
    pass
def h(a: list[int], /, b: 'B') -> 'R':
    pass

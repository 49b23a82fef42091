x: dict[str, list[int]] = {}
y: 'Callable[[int], str]'
self_attr: int
class A:
    a: int
    b: str = 'x'
    def f(self):
        self.c: int = 1

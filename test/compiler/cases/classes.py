class A:
    "doc"
    x: int = 1
    y: str
    def __init__(self, v: int) -> None:
        self.v: int = v
    @property
    def p(self):
        return self.v
    @staticmethod
    def s(*, k):
        return k
class B(A, metaclass=type):
    def __init__(self):
        super().__init__(1)
@decorator(arg)
class C(*bases, **kw):
    pass
def annotated(a: int, /, b: "str" = "x", *args: tuple, c: float, **kw: dict) -> list:
    z: int = 5
    return z

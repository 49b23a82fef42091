@dataclass
class A:
    x: int
    y: int = 0
@dec(1)
@dec2
class B(A):
    pass

# Unary special methods and bitwise operators on a user class.
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Bits({self.v:#06b})'
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __invert__(self):
        return Bits(~self.v & 0xF)
    def __lshift__(self, n):
        return Bits((self.v << n) & 0xF)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __pos__(self):
        return self
    def __neg__(self):
        return Bits((-self.v) & 0xF)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 1, a >> 2, +a, -b)

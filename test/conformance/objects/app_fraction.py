# A Fraction class with normalisation, arithmetic, comparison and hashing.
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('denominator is zero')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f'{self.n}/{self.d}'
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __sub__(self, o):
        return self + (-1) * self._coerce(o)
    def __truediv__(self, o):
        o = self._coerce(o)
        return self * Frac(o.d, o.n)
    def __eq__(self, o):
        o = self._coerce(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
h = sum(Frac(1, k) for k in range(1, 11))
print(h, float(h), Frac(6, -8), Frac(1, 3) * 3 == 1, Frac(1, 2) - Frac(1, 3), Frac(1, 2) / Frac(3, 4))
print(sorted([Frac(2, 3), Frac(1, 2), Frac(3, 4)]), len({Frac(1, 2), Frac(2, 4)}), 2 + Frac(1, 2))
Frac(1, 0)

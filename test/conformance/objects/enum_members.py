# enum: members, aliases, reprs, lookups, IntEnum/StrEnum/Flag/IntFlag, auto, unique, the functional API.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", Color(1), Color['GREEN'], list(Color), len(Color), Color.ALIAS is Color.RED)
print(Color.__members__)
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
print(Color.RED.name, Color.RED.value, hash(Color.RED) == hash('RED'), Color, type(Color))
print(Color.RED in Color, dir(Color.RED))
print(dir(Color))
class N(enum.IntEnum):
    A = 1
    B = enum.auto()
print(repr(N.B), str(N.B), format(N.B), N.A + 1, N.A == 1, N(2), f"{N.A:>4}")
class P(enum.Flag):
    R = enum.auto(); W = enum.auto(); X = enum.auto()
print(repr(P.R | P.W), str(P.R|P.W), P(0), repr(P(0)), list(P.R|P.X), P.R in (P.R|P.W), ~P.R, bool(P(0)), repr(P(7)))
class S(enum.StrEnum):
    A = enum.auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.B.upper())
class IF(enum.IntFlag):
    A = 1; B = 2
print(repr(IF.A|IF.B), str(IF.A|IF.B), IF.A | 4, repr(IF(8)))
E = enum.Enum('E', 'X Y Z')
print(list(E), E.X.value, repr(E), enum.Enum('F', [('a', 5)]).a)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class M(enum.Enum):
    A = 1
    def describe(self): return f'{self.name}!'
    @classmethod
    def first(cls): return list(cls)[0]
print(M.A.describe(), M.first(), M.A == M.A, M.A != 1, sorted([N.B, N.A]))
print(isinstance(M.A, M), type(M.A), M.A.__class__.__name__)
try:
    M.A = 3
except AttributeError as e: print(e)
try:
    class Sub(M): B = 2
except TypeError as e: print(e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Shape(enum.Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99))

# enum: redefinition errors, Flag aliases and composites, IntEnum arithmetic and formatting, _generate_next_value_, copy.
import enum
try:
    class C(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class C(enum.Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
class C(enum.Enum):
    A = 1
    B = 2
print(C.A.__class__, C._member_names_, C._value2member_map_, C._member_map_)
try: C.A < C.B
except TypeError as e: print(e)
print(C.A in C)
print(list(reversed(C)), bool(C), {C.A: 1})
try: C.A.value = 3
except AttributeError as e: print(e)
try: del C.A
except AttributeError as e: print(e)
print(C.A._value_, C.A._name_, C(C.A))
class Auto(enum.Enum):
    X = enum.auto()
    Y = 10
    Z = enum.auto()
print(list(Auto))
class F(enum.Flag):
    A = 1; B = 2; C = 4; AB = 3
print(list(F), repr(F.AB), F(3) is F.AB, repr(F.A | F.C), repr(~F.AB), F.__members__.keys(), repr(F(0)), str(F(0)))
class N(enum.IntEnum):
    A = 1
print(N.A + N.A, N.A * 2, type(N.A + 1), int(N.A), N.A.real, hex(N.A), str(N.A), repr(N), N(1) is N.A, N.A < 2)
try: N(3)
except ValueError as e: print(e)
class Status(enum.Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @property
    def label(self):
        return self.value.title()
print(Status('active').label, [s.label for s in Status], Status.ACTIVE == Status('active'))
d = {Status.ACTIVE: 1}
print(d[Status('active')], sorted(Status, key=lambda s: s.value))
print(isinstance(N.A, int), isinstance(N.A, enum.Enum), issubclass(N, enum.IntEnum))
print(enum.Enum.__members__ if False else '', len(enum.Enum), list(enum.Enum))
class Ord(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(max(Ord), min(Ord), Ord.LOW < Ord.HIGH, sum(Ord), f"{Ord.HIGH:03d}", "%d" % Ord.HIGH, "{}".format(Ord.LOW))
class WithGen(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    A = enum.auto()
    B = enum.auto()
print(list(WithGen))
import copy
print(copy.copy(C.A) is C.A, copy.deepcopy([C.B])[0] is C.B)

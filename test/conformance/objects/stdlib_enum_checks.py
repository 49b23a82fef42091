# enum: FlagBoundary (STRICT, CONFORM, EJECT, KEEP), verify with EnumCheck (UNIQUE,
# CONTINUOUS, NAMED_FLAGS), global_enum, show_flag_values, enum.property,
# pickle_by_enum_name / pickle_by_global_name, enum.bin.
import enum
from enum import (Enum, IntEnum, Flag, IntFlag, auto, verify, EnumCheck, UNIQUE, CONTINUOUS, NAMED_FLAGS,
                  FlagBoundary, STRICT, CONFORM, EJECT, KEEP, global_enum, show_flag_values)

print(list(FlagBoundary), STRICT, repr(KEEP), FlagBoundary('eject'))
print(list(EnumCheck), repr(UNIQUE))
print(Flag._boundary_, IntFlag._boundary_, hasattr(enum.IntEnum, '_boundary_'))


class Strict(Flag):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Strict._boundary_, Conform._boundary_, Eject._boundary_, Keep._boundary_, Perm._boundary_)
for v in (7, -1, 4):
    try:
        print(repr(Strict(v)))
    except ValueError as e:
        print('ValueError', e)
print(repr(Conform(7)), repr(Conform(-1)), repr(Conform(4)), repr(Conform(3)))
print(repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(3)), repr(Eject(-1)))
print(repr(Keep(9)), str(Keep(9)), Keep(9).name, list(Keep(9)), repr(Keep(8)))
print(repr(Perm(9)), str(Perm(9)), Perm(9).name, repr(Perm(8)), repr(Perm(15)), repr(Perm(-1)), repr(~Perm.R))
print(repr(Perm.R | 8), repr(Perm(0)), repr(Strict(0)), repr(Strict(-3)))


class Sorted(Flag):
    A = 1
    B = 2
    C = 4


print(repr(Sorted(7)), list(Sorted(6)))


# verify
@verify(UNIQUE)
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
for check, members in ((UNIQUE, {'A': 1, 'B': 1, 'C': 2, 'D': 2}), (CONTINUOUS, {'A': 1, 'B': 2, 'C': 5}),
                       (CONTINUOUS, {'A': 3})):
    try:
        verify(check)(Enum('E', members))
        print('ok', check.name)
    except ValueError as e:
        print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        B = 8
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        B = 2
        AB = 3
        BAD = 12
        WORSE = 16 | 32
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class Named1(Flag):
        A = 1
        C = 5
except ValueError as e:
    print(e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(e)
print(verify(CONTINUOUS, UNIQUE)(Perm) is Perm)

print(show_flag_values(13), show_flag_values(0), show_flag_values(Perm.RWX))
try:
    show_flag_values(-1)
except ValueError as e:
    print(e)
print(enum.bin(10), enum.bin(~10), enum.bin(5, 8), enum.bin(-5, 8), enum.bin(0))


@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2


print(repr(Color.RED), str(Color.GREEN), RED is Color.RED, GREEN)


@global_enum
class Mode(IntFlag):
    READ = 1
    WRITE = 2


print(repr(Mode.READ), repr(Mode.READ | Mode.WRITE), repr(Mode(8 | 1)), repr(Mode(0)), str(Mode.WRITE), READ)




class Planet(Enum):
    EARTH = (5.97, 6.37)

    @enum.property
    def mass(self):
        return self.value[0]


print(Planet.EARTH.mass, Planet.EARTH.name)


class Pick(Enum):
    __reduce_ex__ = enum.pickle_by_enum_name
    ONE = 1


print(Pick.ONE.__reduce_ex__(4)[0] is getattr, Pick.ONE.__reduce_ex__(4)[1][1])
print(enum.pickle_by_global_name(Pick.ONE, 4))

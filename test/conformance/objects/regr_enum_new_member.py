# Enum classes record the __new__ that makes their members (_new_member_) and whether it takes
# the values as arguments (_use_args_), as CPython 3.11's EnumType (test_enum's enum_dir).
import enum


class Color(enum.Enum):
    RED = 1


class Num(enum.IntEnum):
    ONE = 1


class Flags(enum.Flag):
    A = 1


class Str(str, enum.Enum):
    X = 'x'


class Own(enum.Enum):
    def __new__(cls, value):
        member = object.__new__(cls)
        member._value_ = value * 2
        return member
    A = 1


for cls in (Color, Num, Flags, Str, Own):
    nm = cls._new_member_
    print(cls.__name__, nm is object.__new__, nm is int.__new__, nm is str.__new__, getattr(nm, '__name__', None), cls._use_args_)
print(Own.A.value, Color._new_member_ is object.__new__)

# An Enum's own __new__ makes its members from their values (the class's __new__ stays the
# value lookup): an IntEnum numbering its members (inspect's _ParameterKind), a plain Enum whose
# members carry extra attributes.
import enum
class Kind(enum.IntEnum):
    A = 'first'
    B = 'second'
    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member
print(Kind.A, Kind.B.description, Kind(1), int(Kind.B), list(Kind))
class Planet(enum.Enum):
    EARTH = (5.97, 6.37)
    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = mass
        obj.radius = radius
        return obj
print(Planet.EARTH.value, Planet.EARTH.radius, Planet(5.97))

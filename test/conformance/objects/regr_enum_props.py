# enum as CPython 3.11's: a member whose name a base defines as a property (a member called
# 'name' or 'value', an enum.property on a base enum) is reached on the class while members
# keep the property; the class's missing attributes are AttributeError(name); _order_ is
# checked (aliases and, for a Flag, multi-bit members left out); StrEnum's argument checks.
import enum
from enum import Enum, Flag, StrEnum, auto, unique


def attempt(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Huh(Enum):
    name = 1
    value = 2


print(list(Huh), Huh.name, Huh.name.name, Huh.name.value, Huh.value.name, Huh.value.value, Huh['name'], Huh(2))


class BaseEnum(Enum):
    @enum.property
    def first(self):
        return '%s is first!' % self.name


class MainEnum(BaseEnum):
    first = auto()
    second = auto()
    third = auto()
    dupe = third


print([m.first for m in MainEnum], MainEnum.first, MainEnum.dupe, MainEnum.dupe.first)


def reassign():
    Huh.name = 3


def set_member_name():
    Huh.name.name = 'x'


attempt('reassign', reassign)
attempt('set name', set_member_name)
attempt('Enum.name', lambda: Enum.name)
attempt('missing', lambda: Huh.missing)
attempt('dunder', lambda: Huh.__missing_dunder__)
attempt('hasattr', lambda: (hasattr(Huh, 'name'), hasattr(Huh, 'nope'), hasattr(MainEnum, 'first')))

for order, members in [('red green blue', 'red = 1\n    green = 2\n    blue = 3'),
                       ('red green blue', 'red = 1\n    blue = 3\n    green = 2'),
                       ('red, green', 'red = 1\n    green = 2\n    verde = 2'),
                       ('red green blue', 'red = 1\n    green = 2'),
                       ('red green', 'red = 1\n    green = 2\n    blue = 3')]:
    try:
        exec(f'class Color(Enum):\n    _order_ = {order!r}\n    {members}\nprint(list(Color), hasattr(Color, "_order_"))')
    except TypeError as e:
        print('TypeError', e)


class Confused(Flag):
    _order_ = 'ONE TWO FOUR DOS EIGHT'
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    DOS = 2
    EIGHT = auto()
    BOTH = 3


print(list(Confused), Confused.DOS is Confused.TWO)


@unique
class Silly(Enum):
    one = 1
    two = 'dos'
    name = 3


print(list(Silly))

for body in ['one = 1', "one = '1'\n    two = 2,", "one = b'1', 9", "one = b'1', 'ascii', 9", "one = 'a', 'b', 'c', 'd'",
             "one = b'1', 'ascii'"]:
    try:
        exec(f'class S(StrEnum):\n    {body}\nprint(list(S))')
    except TypeError as e:
        print('TypeError', e)

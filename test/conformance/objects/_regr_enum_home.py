# helper of regr_enum_ignore_functional: functional-API enums made in an imported module
from enum import Enum, IntEnum

Colour = Enum('Colour', 'RED GREEN')
Named = IntEnum('Named', 'ONE TWO', module='elsewhere')

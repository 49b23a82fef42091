# enum's _ignore_ (names the class body uses that are no members) and the functional API's
# module (the caller's, so the class pickles by reference), as CPython 3.11 (session 20 C).
import enum
from datetime import timedelta
from enum import Enum, IntEnum

import _regr_enum_home as home


class Period(timedelta, Enum):
    def __new__(cls, value, period):
        obj = timedelta.__new__(cls, value)
        obj._value_ = value
        obj.period = period
        return obj
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['month_%d' % i] = i * 30, 'month'
    for i in range(31):
        Period['day_%d' % i] = i, 'day'
    OneDay = day_1


print(hasattr(Period, '_ignore_'), hasattr(Period, 'Period'), hasattr(Period, 'i'))
print(Period.OneDay is Period.day_1, Period.month_1 is Period.day_30, Period.month_1.period, len(Period))


class Listed(Enum):
    _ignore_ = ['helper']
    helper = 5
    A = 1


print(list(Listed), hasattr(Listed, 'helper'))

try:
    class Late(Enum):
        A = 1
        _ignore_ = 'A'
except ValueError as e:
    print('ValueError', e)

Answer = Enum('Answer', 'yes no')
print(Answer.__module__, home.Colour.__module__, home.Named.__module__, repr(home.Colour.RED))
print(Answer.yes.__reduce_ex__(2), home.Colour.RED.__reduce_ex__(2))
print('show_flag_values' in enum.__all__, enum.show_flag_values(5))

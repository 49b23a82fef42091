# A built-in __new__ called for a class whose nearest Python __new__ bases lead to it through
# a later base: class HelloEnum(EnumMixin, CustomStrEnum) makes its members with str.__new__,
# which CPython allows (its tp_base walk follows the base with str's layout); pyvm walked the
# first base (EnumMixin -> Enum -> object) and refused it as "not safe".
from enum import Enum


class CustomStrEnum(str, Enum):
    pass


class EnumMixin(Enum):
    def hello(self):
        return 'hello from %s' % (self,)


class HelloEnum(EnumMixin, CustomStrEnum):
    eight = '8'
    nine = '9'


print(HelloEnum.eight == '8', str(HelloEnum.eight), HelloEnum.eight.hello(), HelloEnum('9'), list(HelloEnum))


class Base:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class S(Base, str):
    pass


print(repr(S('abc')), type(S('x')).__name__)
try:
    str.__new__(type('I', (Base, int), {}))
except TypeError as e:
    print('TypeError', e)

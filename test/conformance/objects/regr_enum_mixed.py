# enum as CPython 3.11's: every enumeration's __new__ is Enum's lookup, so a mixed-in data
# type's enum made by the functional API (MixedInt('MinorEnum', ...)) has members and looks
# them up by value; dir() of an enumeration and of a member; 'mro' and '' refused as member
# names; super().__new__ from a member-making __new__ is "has no members defined".
from enum import Enum, IntEnum, Flag, auto


class MixedInt(int, Enum):
    pass


class MixedStr(str, Enum):
    pass


class MixedFloat(float, Enum):
    pass


for base, values in ((MixedInt, (1, 2, 3)), (MixedStr, ('1', '2', '3')), (MixedFloat, (1.1, 2.2, 3.3))):
    Minor = base('MinorEnum', (('june', values[0]), ('july', values[1]), ('august', values[2])))
    print(list(Minor), len(Minor), Minor._member_type_)
    for name, v in zip(('june', 'july', 'august'), values):
        m = Minor[name]
        print(repr(m), str(m), m == v, m is Minor(v), type(m) is Minor, m in Minor)
    print(Minor.__new__ is Enum.__new__, base.__new__ is Enum.__new__, '__new__' in base.__dict__)

    class Sub(base):
        a = values[0]
    print(Sub(values[0]) is Sub.a, repr(Sub.a))
    try:
        Sub(values[1])
    except ValueError as e:
        print('ValueError', e)


class Test(Enum):
    this = auto()
    these = auto()

    def wowser(self):
        return "Wowser! I'm %s!" % self.name


print(dir(Test))
print(dir(Test.this))


class SuperEnum(Enum):
    def invisible(self):
        return 'did you see me?'


class SubEnum(SuperEnum):
    sample = auto()


print(dir(SubEnum), 'invisible' in dir(SubEnum.sample))
print('wowser' in dir(IntEnum('T', 'a b')), '__new__' in dir(MixedInt), '__new__' in dir(Test))

for body in ['mro = 9', "x = 1\n    mro = 2", '_create_ = 11', '_any_name_ = 9']:
    try:
        exec('class Wrong(Enum):\n    ' + body)
        print(repr(body), 'accepted')
    except ValueError as e:
        print(repr(body), 'ValueError', e)
try:
    Enum('Empty', ['', 'a'])
except ValueError as e:
    print('ValueError', e)

for etype in (Enum, IntEnum, Flag):
    try:
        class BadSuper(etype):
            def __new__(cls, value):
                return super().__new__(cls, value)
            failed = 1
    except TypeError as e:
        print(etype.__name__, 'TypeError', e)

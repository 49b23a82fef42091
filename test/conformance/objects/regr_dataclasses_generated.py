# @dataclass's generated methods are Python functions (session 20 C): the class docstring
# C(x: int = 3), qualnames, __init__'s annotations and defaults, a field named self, frozen
# subclasses, descriptors as defaults, Field attributes, replace() with InitVars, string
# ClassVars through module aliases, abstract methods implemented by order=True.
import abc
import dataclasses
import typing
from dataclasses import dataclass, field, fields, replace, InitVar, is_dataclass, asdict, FrozenInstanceError, MISSING
from typing import List, Optional, ClassVar

T_CV = typing.ClassVar


@dataclass
class C:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional[str] = None
    s: 'str' = ''

print(C.__doc__)
print(C.__init__.__qualname__, C.__repr__.__qualname__, C.__eq__.__qualname__)
print(C.__init__.__name__, C.__init__.__defaults__[1], C.__init__.__annotations__)
print(C(1), C(1) == C(1), C(1, [2]) == C(1), C(1).__eq__(3))


@dataclass
class NoFields:
    pass

print(NoFields.__doc__, NoFields())


@dataclass
class Documented:
    """Own text."""
    a: int

print(Documented.__doc__)


class Meta(type):
    __call__ = dict

class Base(metaclass=Meta):
    pass

@dataclass
class OddCall(Base):
    pass

print(repr(OddCall.__doc__))


@dataclass(kw_only=True)
class K:
    a: int
    b: str = 'x'

print(K.__doc__, K(a=1), K.__init__.__kwdefaults__)
try:
    K(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class S:
    self: str

print(S('me'), S.__init__.__code__.co_varnames[:2])


@dataclass(order=True, unsafe_hash=True, frozen=True)
class F:
    x: int
    y: int = 0

for name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__', '__hash__', '__init__', '__repr__', '__setattr__', '__delattr__'):
    print(name, getattr(F, name).__qualname__)
f = F(1, 2)
print(f < F(1, 3), hash(f) == hash((1, 2)))
for action in (lambda: setattr(f, 'x', 3), lambda: delattr(f, 'y'), lambda: setattr(f, 'other', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print('FrozenInstanceError', e)
try:
    F()
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2, 3)
except TypeError as e:
    print('TypeError', e)


class Plain(F):
    pass

p = Plain(5)
p.cached = 'ok'
print(p, p.cached)


# descriptors as defaults: the default is what the class attribute's __get__ gives
class D:
    def __get__(self, instance, owner):
        if instance is None:
            return 100
        return instance._x

    def __set__(self, instance, value):
        instance._x = value

@dataclass
class WithDescriptor:
    i: D = D()

print(WithDescriptor().i, WithDescriptor(5).i, fields(WithDescriptor)[0].default)


class NoDefault:
    def __get__(self, instance, owner):
        if instance is None:
            raise AttributeError()
        return instance._x

    def __set__(self, instance, value):
        instance._x = value

@dataclass
class WithoutDefault:
    i: NoDefault = NoDefault()

try:
    WithoutDefault()
except TypeError as e:
    print('TypeError', e)


# a field's default hears __set_name__
class Named:
    def __set_name__(self, owner, name):
        self.name = name + 'x'

@dataclass
class UsesNamed:
    c: int = field(default=Named(), init=False)

print(UsesNamed.c.name)


# Field objects: settable attributes, a recursive repr, _field_type
fld = field(default=1, repr=False)
fld.name = 'id'
print(repr(fld).replace(repr(MISSING), "MISSING"))
fld.type = fld
print(',type=...,' in repr(fld))
try:
    fld.other = 1
except AttributeError as e:
    print('AttributeError', e)
print([f._field_type for f in C.__dataclass_fields__.values()])


# ClassVar and InitVar pseudo-fields (string annotations: the names are looked up in the module)
@dataclass
class CV:
    cv0: ClassVar[int] = 20
    cv1: 'T_CV' = 30
    cv2: 'typing.ClassVar[int]' = field(default=10)
    cv3: 'ClassVar' = 5
    x: int = 1

print(CV.cv0, CV.cv1, CV.cv2, CV.__doc__, [f.name for f in fields(CV)])


@dataclass
class WithInitVar:
    x: int
    y: 'InitVar[int]'

    def __post_init__(self, y):
        self.x *= y

w = WithInitVar(1, 10)
print(w, WithInitVar.__doc__)
try:
    replace(w, x=3)
except ValueError as e:
    print('ValueError', e)
print(replace(w, x=3, y=5))
for bad in (WithInitVar, 0):
    try:
        replace(bad, x=3)
    except TypeError as e:
        print('TypeError', e)


# is_dataclass and asdict look at the class
class AnyAttr:
    def __getattr__(self, key):
        return 0

print(is_dataclass(AnyAttr), is_dataclass(AnyAttr()))
try:
    asdict(AnyAttr())
except TypeError as e:
    print('TypeError', e)


# order=True implements abstract comparison methods
class Ordered(abc.ABC):
    @abc.abstractmethod
    def __lt__(self, other):
        pass

@dataclass(order=True)
class Date(Ordered):
    year: int
    month: int

print(Date(2020, 12) > Date(2020, 8), sorted(Date.__abstractmethods__))


# metadata may be any mapping-like object
class Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getitem__(self, item):
        return getattr(self, item)

    def __len__(self):
        return len(self.__dict__)

@dataclass
class Meta2:
    i: int = field(metadata=Namespace(a=1))

print(fields(Meta2)[0].metadata['a'], len(fields(Meta2)[0].metadata))

# typing.Protocol's checks as CPython 3.11's (session 20 C): issubclass() against a
# runtime-checkable protocol (its __subclasshook__), non-method members refused there, a
# method set to None blocks it, protocols derive only from protocols (and a few ABCs),
# protocols are not instantiated and their subclasses keep their own __init__, @final marks.
import collections.abc
import typing
from typing import Protocol, runtime_checkable, final


@runtime_checkable
class P(Protocol):
    def meth(self):
        pass


class D:
    def meth(self):
        pass


class C:
    pass


class Blocked(D):
    meth = None


print(issubclass(D, P), isinstance(D(), P), issubclass(C, P), isinstance(C(), P), issubclass(Blocked, P))
print(sorted(typing._get_protocol_attrs(P)))


@runtime_checkable
class Empty(Protocol):
    pass


print([issubclass(t, Empty) for t in (object, type, tuple, C)])


@runtime_checkable
class WithData(Protocol):
    x: int

    def method(self):
        pass


class HasBoth:
    x = 1

    def method(self):
        pass


print(isinstance(HasBoth(), WithData), isinstance(C(), WithData))
for check in (lambda: issubclass(HasBoth, WithData), lambda: issubclass(1, P)):
    try:
        check()
    except TypeError as e:
        print('TypeError', e)


class NotChecked(Protocol):
    def meth(self):
        pass


for check in (lambda: isinstance(D(), NotChecked), lambda: issubclass(D, NotChecked)):
    try:
        check()
    except TypeError as e:
        print('TypeError', e)

for make in ('class Bad(C, Protocol): pass', 'class Bad(Protocol, C): pass',
             'class Bad(collections.abc.Mapping, Protocol): pass'):
    try:
        exec(make)
    except TypeError as e:
        print('TypeError', str(e).split(' got ')[0])


class Sized2(collections.abc.Sized, Protocol):
    pass


print(Sized2._is_protocol, isinstance([], collections.abc.Mapping))


class Impl(P):
    pass


try:
    P()
except TypeError as e:
    print('TypeError', e)
print(type(Impl()).__name__)


class WithInit(Protocol):
    x: int


class Foo(WithInit):
    def __init__(self):
        super().__init__()
        self.ready = True


print(Foo().ready)


@final
class Last:
    pass


print(Last.__final__)

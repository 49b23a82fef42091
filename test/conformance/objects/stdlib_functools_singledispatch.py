# functools.singledispatch and functools.singledispatchmethod: registration by argument,
# by annotation and by union; dispatch along the MRO and through ABCs; errors.
import functools
from functools import singledispatch, singledispatchmethod
import collections.abc as cabc


@singledispatch
def show(arg, verbose=False):
    "Show an argument."
    return f'object {arg!r} {verbose}'


@show.register
def _(arg: int, verbose=False):
    return f'int {arg}'


@show.register(list)
def _(arg, verbose=False):
    return 'list of ' + ', '.join(show(x) for x in arg)


def show_float(arg, verbose=False):
    return f'float {arg:.2f}'


print(show.register(float, show_float) is show_float)


@show.register
def _(arg: str | bytes, verbose=False):
    return f'text {arg!r} {verbose}'


print(show(1))
print(show(True))  # bool -> int
print(show(2.5))
print(show([1, 'a', 3.0]))
print(show('s', verbose=True), show(b'b'))
print(show(None), show((1,)))
print(show.__name__, show.__doc__, show.__wrapped__.__name__)
print(show.dispatch(int).__name__, show.dispatch(bool) is show.dispatch(int))
print(show.dispatch(object) is show.__wrapped__)
print(sorted(k.__name__ for k in show.registry))
print(type(show.registry).__name__)
try:
    show.registry[dict] = None
except TypeError as e:
    print('registry', e)


# subclass MRO
class A: pass
class B(A): pass
class C(B): pass
class D: pass


@singledispatch
def kind(x):
    return 'base'


kind.register(A, lambda x: 'A')
print(kind(A()), kind(B()), kind(C()), kind(D()))
kind.register(B, lambda x: 'B')  # the cache is cleared
print(kind(A()), kind(B()), kind(C()))


# ABCs
@singledispatch
def container(x):
    return 'other'


@container.register(cabc.Sequence)
def _(x):
    return 'sequence'


@container.register(cabc.Mapping)
def _(x):
    return 'mapping'


@container.register(cabc.MutableSequence)
def _(x):
    return 'mutable sequence'


print(container([]), container(()), container('s'), container({}), container(1))


class MyMap(cabc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0


print(container(MyMap()))


class Virtual:
    pass


cabc.Sequence.register(Virtual)  # registered after the first dispatches
print(container(Virtual()))


# dispatch on __class__
class Fake:
    @property
    def __class__(self):
        return list


print(container(Fake()))


# errors
try:
    show()
except TypeError as e:
    print(e)
for bad in ('notaclass', 3):
    try:
        show.register(bad, lambda x: x)
    except TypeError as e:
        print(e)
try:
    @show.register
    def _(arg, verbose=False):
        return 1
except TypeError as e:
    print(e.args[0].split(':')[0])
try:
    @show.register
    def _(arg: 'int | None'):
        return 1
except TypeError as e:
    print(e)
try:
    @show.register
    def _(arg: list[int]):
        return 1
except TypeError as e:
    print(e)


# singledispatchmethod
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f'Cannot negate {type(arg).__name__}')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return (cls.__name__, 'generic')

    @cneg.register(str)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, arg[::-1])


n = Negator()
print(n.neg(5), n.neg(True))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print(e)
print(Negator.cneg('abc'), Negator.cneg(1), n.cneg('xy'))
print(n.neg.__name__, Negator.neg.__isabstractmethod__)
print(type(Negator.__dict__['neg']).__name__, Negator.__dict__['neg'].__module__)
try:
    singledispatchmethod(1)
except TypeError as e:
    print(e)


# an annotated register with a string annotation resolves it in the function's globals
@singledispatch
def fmt(x):
    return 'plain'


@fmt.register
def _(x: 'A'):
    return 'an A'


print(fmt(C()), fmt(1))
print(singledispatch.__module__, singledispatchmethod.__module__)

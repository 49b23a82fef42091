# isinstance/issubclass with "abstract" classes (objects with a __bases__ tuple) and their
# errors, nested class-info tuples and the recursion limit, as CPython's abstract.c.
import sys

class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
AbstractGrand = AbstractClass(bases=(AbstractClass(bases=()), AbstractChild))
print(isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(issubclass(AbstractGrand, AbstractSuper), issubclass(AbstractChild, (int, AbstractSuper)))
print(isinstance(AbstractGrand(), (int, (str, AbstractSuper))))

class NoBases:
    pass
for f, args in ((isinstance, (1, NoBases())), (issubclass, (int, NoBases())), (issubclass, (NoBases(), int)),
                (isinstance, (1, 3)), (issubclass, (int, 3)), (issubclass, (3, int))):
    try:
        print(f(*args))
    except TypeError as e:
        print('TypeError', e)

class RaisingBases:
    @property
    def __bases__(self):
        raise RuntimeError('bases')
for f, args in ((isinstance, (1, RaisingBases())), (issubclass, (RaisingBases(), int)), (issubclass, (int, RaisingBases()))):
    try:
        print(f(*args))
    except RuntimeError as e:
        print('RuntimeError', e)

class NoClass:
    __bases__ = ()
    @property
    def __class__(self):
        raise AttributeError
print(isinstance(NoClass(), AbstractSuper))

class Cycle:
    pass
Cycle = Cycle()
Cycle.__bases__ = (Cycle, Cycle, Cycle)
Cycle.__class__ = type(Cycle)
for f, args in ((issubclass, (Cycle, int)), (isinstance, (Cycle, AbstractSuper)), (issubclass, (Cycle, AbstractSuper))):
    try:
        print(f(*args))
    except RecursionError as e:
        print('RecursionError', e)

nested = (str,)
for i in range(sys.getrecursionlimit() + 5):
    nested = (nested,)
for f, a in ((isinstance, ''), (issubclass, str)):
    try:
        print(f(a, nested))
    except RecursionError as e:
        print('RecursionError', e)
nested = (str,)
for i in range(50):
    nested = (nested, int)
print(isinstance('', nested), issubclass(bool, nested), isinstance(1.5, nested))

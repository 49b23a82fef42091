# abc: ABCMeta's registry, subclass hooks, caches and abstract methods.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name()} of area {self.area()}'

print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return 'square'

print(Square(3).describe(), Square.__abstractmethods__)

class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))

class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any('quack' in B.__dict__ for B in C.__mro__)
        return NotImplemented

class Mallard:
    def quack(self):
        return 'quack'
class Robot:
    pass
print(isinstance(Mallard(), Duck), issubclass(Robot, Duck), isinstance(3, Duck))

class Drawable(metaclass=ABCMeta):
    pass
@Drawable.register
class Picture:
    pass
print(issubclass(Picture, Drawable), isinstance(Picture(), Drawable), Drawable.register(Picture) is Picture)
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), issubclass(bool, Drawable), isinstance('s', Drawable))
class SubPicture(Picture):
    pass
print(issubclass(SubPicture, Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)
try:
    Picture.register
except AttributeError as e:
    print('AttributeError:', e)
class Base(ABC):
    pass
class Child(Base):
    pass
try:
    Child.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print('TypeError:', e)

t0 = abc.get_cache_token()
class Other(ABC):
    pass
Other.register(float)
print(abc.get_cache_token() != t0, isinstance(1.5, Other))

class WithProps(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(WithProps.__abstractmethods__))

class Later(ABC):
    @abstractmethod
    def run(self): ...
def run(self):
    return 'ran'
Later.run = run
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())

print(type(Shape), ABC.__slots__, isinstance(Shape, ABCMeta))
print(abstractmethod(lambda: 0).__isabstractmethod__)
try:
    abstractmethod(len)
except AttributeError as e:
    print('AttributeError:', e)
try:
    int.__abstractmethods__
except AttributeError as e:
    print('AttributeError:', e)
class Plain:
    pass
Plain.__abstractmethods__ = frozenset({'x'})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)

# staticmethod and classmethod, called on the class and on instances, inherited.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
    @staticmethod
    def area_of_square(side):
        return side * side
    @classmethod
    def make(cls, name):
        cls.count += 1
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
class Circle(Shape):
    pass
print(Shape.area_of_square(3), Shape('s').area_of_square(4))
c = Circle.make('c1')
print(type(c).__name__, c.name, Circle.count, Shape.count, Circle.kind(), c.kind(), Shape.kind())
f = Shape.__dict__['area_of_square']
print(type(f).__name__, type(Shape.__dict__['make']).__name__)

# Polymorphism through an abstract base raising NotImplementedError.
import math
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
    def __lt__(self, o):
        return self.area() < o.area()
    def __repr__(self):
        return f'{type(self).__name__}(area={self.area():.2f})'
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Sq(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Sq(1.5), Circle(0.5)]
print(sorted(shapes), max(shapes), min(shapes).area())
Shape().area()

class Shape:
    def area(self):
        raise NotImplementedError

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

shapes = [Rect(2, 3), Square(4)]
print([s.area() for s in shapes], isinstance(shapes[1], Rect))

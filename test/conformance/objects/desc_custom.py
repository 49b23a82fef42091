# User-defined data and non-data descriptors with __get__ / __set__ / __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int, got {type(value).__name__}')
        setattr(obj, self.name, value)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
class Rec:
    width = Typed()
    height = Typed()
    unit = Constant('cm')
    def __init__(self, w, h):
        self.width = w
        self.height = h
r = Rec(2, 3)
print(r.width * r.height, r.unit, Rec.unit, type(Rec.width).__name__)
r.unit = 'overridden'
print(r.unit, Rec.unit)
try:
    r.width = 'wide'
except TypeError as e:
    print(e)

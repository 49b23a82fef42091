# "Did you mean" for a class's missing attribute takes its candidates from dir(cls): the
# class's and its bases' names, in sorted order, never the metaclass's (so '__name__', an
# attribute of type, is not offered: '__ne__' is).
class Shape(Exception):
    sides = 0

print(sorted(n for n in dir(Shape) if n.startswith('__n')))
print(Shape.__name__)
Shape.__nam__

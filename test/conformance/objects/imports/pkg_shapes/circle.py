# Submodule of pkg_shapes.
from . import util
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return util.round2(3.14159 * self.r * self.r)

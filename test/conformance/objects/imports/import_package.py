# Importing a package runs its __init__.py; submodules and relative imports.
import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Circle(1).area())
from pkg_shapes import circle
print(circle.Circle(2).area(), circle.__name__)
import pkg_shapes.util
print(pkg_shapes.util.round2(1 / 3))
from pkg_shapes.sub import deep
print(deep.deep_value(), pkg_shapes.sub.NAME)
import pkg_shapes.sub.deep as dd
print(dd is deep)

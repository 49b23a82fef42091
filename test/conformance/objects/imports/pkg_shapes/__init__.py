# Helper package: shapes.
print('pkg_shapes initialised')
from .circle import Circle
VERSION = '1.0'

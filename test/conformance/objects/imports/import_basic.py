# import of a module beside the program; attribute access; second import is cached.
import mod_geometry
print(mod_geometry.PI, mod_geometry.area(2), mod_geometry.Square(3).area())
import mod_geometry
import mod_geometry as g
print(g is mod_geometry, g.__name__, type(g).__name__)

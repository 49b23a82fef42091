# Module attributes: __name__, __dict__ entries, dir(), setattr on modules.
import mod_geometry as m
print(m.__name__, 'area' in dir(m), sorted(k for k in vars(m) if not k.startswith('__')))
m.extra = 42
import mod_geometry
print(mod_geometry.extra)
print(hasattr(m, 'nope'), getattr(m, 'PI'))

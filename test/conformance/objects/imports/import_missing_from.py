# from-import of a missing name is ImportError (its message ends with the module's path,
# which is machine-dependent, so only the start is printed).
from mod_state import bump
print(bump())
try:
    from mod_state import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from pkg_shapes import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
from pkg_shapes.sub.missing import x

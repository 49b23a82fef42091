# Importing a module that does not exist raises ModuleNotFoundError.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_geometry import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
print(issubclass(ModuleNotFoundError, ImportError))
import definitely_missing_module

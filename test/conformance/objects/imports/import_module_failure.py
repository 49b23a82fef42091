# An exception while importing a module propagates to the importer.
try:
    import mod_raises
except ValueError as e:
    print('import failed:', e)
import sys
print('mod_raises' in sys.modules)
import mod_raises

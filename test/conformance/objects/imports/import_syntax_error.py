# A module that does not compile raises SyntaxError (or RecursionError) at the import, which
# the importer can catch; the module is not left in sys.modules.
import os
import sys

for name in ('mod_bad_syntax', 'mod_bad_escape'):
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset)
    print(name in sys.modules)
try:
    import mod_too_deep
except RecursionError as e:
    print('mod_too_deep', type(e).__name__, e)
print('mod_too_deep' in sys.modules)
import mod_bad_syntax

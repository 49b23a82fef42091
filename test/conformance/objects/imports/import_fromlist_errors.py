# from-imports of a package's submodules: a submodule missing is "cannot import name", but a
# ModuleNotFoundError raised while importing an existing submodule propagates as it is; a
# submodule the package's __init__ put in sys.modules is found there.
import sys

try:
    from pkg_fromlist import broken
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_fromlist import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
import pkg_fromlist.alias
print(pkg_fromlist.alias.WHERE, sys.modules['pkg_fromlist.alias'] is pkg_fromlist.alias)
from pkg_fromlist.alias import WHERE
print(WHERE)

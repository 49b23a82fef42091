# importlib._bootstrap (pydoc imports it, so CPython's test_enum): _load runs a spec's module in
# sys.modules; enum._test_simple_enum compares an enum made by @_simple_enum with one made by a
# class statement.
import sys
import importlib._bootstrap
import importlib.util
import importlib.machinery
import enum

class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.VALUE = 42
        print('loading', module.__name__)


spec = importlib.util.spec_from_loader('regr_helper_loaded', Loader())
m = importlib._bootstrap._load(spec)
print(m.VALUE, m.__name__, sys.modules['regr_helper_loaded'] is m)
print(importlib._bootstrap.ModuleSpec is importlib.machinery.ModuleSpec)
print(callable(importlib._bootstrap.module_from_spec), callable(importlib._bootstrap.spec_from_loader))


class Checked(enum.Enum):
    A = 1
    B = 2


@enum._simple_enum(enum.Enum)
class Simple:
    A = 1
    B = 2


@enum._simple_enum(enum.Enum)
class Other:
    A = 1
    C = 3


print(enum._test_simple_enum(Checked, Simple))
try:
    enum._test_simple_enum(Checked, Other)
except TypeError as e:
    print('TypeError', str(e).startswith('enum mismatch'))

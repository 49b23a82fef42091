# A hook that runs inside an import statement (a module __getattr__, a class standing in
# sys.modules, the imported module's own code) sees the importing line as its caller's line:
# sys._getframe(1).f_lineno and warnings' stacklevel=2 name the import, not an earlier line.
import sys
import types
import warnings


def from_here():
    # CPython's importlib (frozen, pyvm has none) also asks the module for __path__ and the
    # names themselves: only the program's own lines are reported.
    return sys._getframe(2).f_globals is globals()


def caller_line(tag):
    print(tag, sys._getframe(2).f_lineno)


mod = types.ModuleType('lazy_mod')
def _getattr(name):
    if name.startswith('__') or not from_here():
        raise AttributeError(name)
    caller_line('module __getattr__ ' + name)
    if name.startswith('old_'):
        warnings.warn(name + ' is deprecated', DeprecationWarning, stacklevel=2)
    return name.upper()
mod.__getattr__ = _getattr
sys.modules['lazy_mod'] = mod


class Meta(type):
    def __getattribute__(cls, name):
        if name == 'x':
            caller_line('metaclass __getattribute__')
        return type.__getattribute__(cls, name)


class Namespace(metaclass=Meta):
    x = 1
sys.modules['ns_mod'] = Namespace

Namespace.x

from lazy_mod import alpha
print(alpha)

from ns_mod import x
print(x)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    from lazy_mod import old_name

    from lazy_mod import old_other, beta
print([(w.lineno, str(w.message)) for w in caught])


def in_function():
    from lazy_mod import gamma
    return gamma
print(in_function())

// The importlib package (importlib, importlib.machinery, importlib.util) over pyvm's own import
// system (runtime/vmhelpers.ts importAbsolute). CPython's importlib is the import system
// itself, written for its _imp/_bootstrap machinery; pyvm's import system is TypeScript, so
// this package is its Python face: import_module, reload, find_spec, module_from_spec,
// spec_from_file_location, the loaders and the suffix lists inspect and pkgutil read. The
// source is pyvm's own, written from the importlib documentation. A native helper module,
// _pyvm_imp, answers whether a name is one of pyvm's built-in modules.

import { defineModule } from './module_util';
import { definePythonModule } from './python_source';
import { moduleRegistry } from '../interp';
import { None } from '../object';
import { PyList } from '../containers';
import { typeOf } from '../types';
import { isPyInt } from '../int_ops';
import { raise } from '../lib_errors';
import * as fs from 'fs';

defineModule('_pyvm_imp', (m) => {
  m.fn('is_builtin', (args) => typeof args[0] === 'string' && moduleRegistry.has(args[0]), { minArgs: 1, maxArgs: 1 });
  // The code object of a CPython 3.11 .pyc file (a sourceless module), as pyvm's import loads it.
  m.fn('code_from_pyc', (args) => {
    const file = args[0] as string;
    return (require('../../frontend/marshal') as typeof import('../../frontend/marshal')).loadPyc(fs.readFileSync(file), file);
  }, { minArgs: 1, maxArgs: 1 });
});

// _imp: the import system's native helpers that Python code (test.support's import_helper,
// importlib's users) calls. pyvm's import is TypeScript, so this is its face: built-in modules
// are pyvm's own (is_builtin 1; sys and builtins -1, which cannot be initialised again), no
// frozen or extension modules, and an import lock that is only counted (one thread).
defineModule('_imp', (m) => {
  let lockDepth = 0;
  m.fn('is_builtin', (args) => {
    const name = args[0];
    if (typeof name !== 'string') raise('TypeError', `is_builtin() argument must be str, not ${typeOf(name).tpName}`);
    if (name === 'sys' || name === 'builtins') return -1;
    return moduleRegistry.has(name) ? 1 : 0;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('is_frozen', () => false, { minArgs: 1, maxArgs: 1 });
  m.fn('is_frozen_package', () => false, { minArgs: 1, maxArgs: 1 });
  m.fn('find_frozen', () => None, { minArgs: 1, maxArgs: 2 });
  m.fn('extension_suffixes', () => new PyList([]), { maxArgs: 0 });
  m.fn('lock_held', () => lockDepth > 0, { maxArgs: 0 });
  m.fn('acquire_lock', () => {
    lockDepth++;
    return None;
  }, { maxArgs: 0 });
  m.fn('release_lock', () => {
    if (lockDepth === 0) raise('RuntimeError', 'not holding the import lock');
    lockDepth--;
    return None;
  }, { maxArgs: 0 });
  m.fn('_fix_co_filename', () => None, { minArgs: 2, maxArgs: 2 });
  // test.support's import_helper turns frozen modules on or off around a fresh import; pyvm
  // has none, so there is nothing to override (the argument is checked as CPython's int).
  m.fn('_override_frozen_modules_for_tests', (args) => {
    if (!isPyInt(args[0])) raise('TypeError', `'${typeOf(args[0]).tpName}' object cannot be interpreted as an integer`);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  m.set('check_hash_based_pycs', 'default');
});

const IMPORTLIB_SOURCE = `
"""The import system's Python interface, over pyvm's import machinery."""
import sys

__path__ = []


def invalidate_caches():
    """pyvm's import system keeps no finder caches."""


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs its package."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        from importlib.util import resolve_name
        name = resolve_name(name, package)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its namespace (a built-in module is returned as is)."""
    if type(module) is not type(sys):
        raise TypeError('reload() argument must be a module')
    name = getattr(module, '__name__', None)
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    file = getattr(module, '__file__', None)
    if isinstance(file, str) and file.endswith(('.py', '.pyc')):
        from importlib.machinery import _file_loader
        exec(_file_loader(name, file).get_code(name), module.__dict__)
    return sys.modules[name]
`;

const MACHINERY_SOURCE = `
"""Finders, loaders and module specs of pyvm's import system."""
import sys
import _pyvm_imp

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows of a module before loading it."""
    __module__ = '_frozen_importlib'  # where CPython's class lives (its repr names it)

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations, self.has_location) == (
            other.name, other.loader, other.origin, other.submodule_search_locations, other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr and self.origin.endswith('.py'):
            from importlib.util import cache_from_source
            try:
                self._cached = cache_from_source(self.origin)
            except NotImplementedError:
                pass  # no bytecode cache (CPython's _get_cached)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value


class BuiltinImporter:
    """The finder and loader of pyvm's built-in modules."""
    __module__ = '_frozen_importlib'  # where CPython's class lives (its repr names it)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _pyvm_imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """pyvm has no frozen modules of CPython's kind."""
    __module__ = '_frozen_importlib'  # where CPython's class lives (its repr names it)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class SourceFileLoader:
    """Loads a module from a .py file."""
    __module__ = '_frozen_importlib_external'  # where CPython's class lives (its repr names it)

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.path))

    def is_package(self, fullname=None):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class SourcelessFileLoader(SourceFileLoader):
    """Loads a module from a .pyc file without its source."""
    __module__ = '_frozen_importlib_external'  # where CPython's class lives (its repr names it)

    def get_source(self, fullname=None):
        return None

    def get_code(self, fullname=None):
        return _pyvm_imp.code_from_pyc(self.path)


def _file_loader(name, path):
    """The loader of a module file: sourceless for a .pyc, else from source."""
    return (SourcelessFileLoader if str(path).endswith('.pyc') else SourceFileLoader)(name, path)


class ExtensionFileLoader:
    """pyvm loads no extension modules."""
    __module__ = '_frozen_importlib_external'  # where CPython's class lives (its repr names it)

    def __init__(self, name, path):
        self.name = name
        self.path = path


class PathFinder:
    """Finds a module in sys.path (or a package's __path__) as pyvm's import does."""
    __module__ = '_frozen_importlib_external'  # where CPython's class lives (its repr names it)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        leaf = fullname.rpartition('.')[2]
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            base = os.path.join(entry or '.', leaf)
            # A package, then a module; each from source, else from a .pyc beside it (sourceless).
            for file, is_package in ((os.path.join(base, '__init__.py'), True), (base + '.py', False)):
                for path_ in (file, file + 'c'):
                    if os.path.isfile(path_):
                        spec = ModuleSpec(fullname, _file_loader(fullname, path_), origin=path_, is_package=is_package)
                        if is_package:
                            spec.submodule_search_locations.append(base)
                        spec.has_location = True
                        return spec
            if os.path.isdir(base):
                spec = ModuleSpec(fullname, None, is_package=True)
                spec.submodule_search_locations.append(base)
                return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


FileFinder = PathFinder
`;

const UTIL_SOURCE = `
"""Helpers for importers: names, specs and modules made from them."""
import sys
from importlib.machinery import ModuleSpec, BuiltinImporter, PathFinder, _file_loader

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\\r\\n'


def resolve_name(name, package):
    """The absolute name of a relative module name ('..mod') in package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return f'{bits[0]}.{rest}' if rest else bits[0]


def _fill_spec(module):
    """Gives an imported module the __spec__ and __loader__ CPython's import sets.

    pyvm's import (TypeScript) makes them on first use (runtime/attr.ts), from the module's
    own namespace: a module whose namespace lacks them reaches here, never a module whose
    spec was set, so this reads the namespace and not the attributes.
    """
    ns = module.__dict__
    name = ns.get('__name__')
    file = ns.get('__file__')
    if file is None:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
        loader = BuiltinImporter
    else:
        loader = _file_loader(name, file)
        spec = ModuleSpec(name, loader, origin=file)
        spec.has_location = True
        path = ns.get('__path__')
        if path is not None:
            spec.submodule_search_locations = list(path)
    if name == '__main__':
        # A script run as the main program has a loader but no spec (python3 script.py).
        spec = None
    ns.setdefault('__spec__', spec)
    ns.setdefault('__loader__', loader)


def _spec_of_loaded(module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    file = getattr(module, '__file__', None)
    if file is None:
        return ModuleSpec(module.__name__, BuiltinImporter, origin='built-in')
    spec = spec_from_file_location(module.__name__, file)
    path = getattr(module, '__path__', None)
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def find_spec(name, package=None):
    """The spec of a module: an imported one's, a built-in's, or the one found on its path."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module)
    parent = fullname.rpartition('.')[0]
    path = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            path = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while trying to find {fullname!r}', name=fullname) from e
    spec = BuiltinImporter.find_spec(fullname)
    if spec is None:
        spec = PathFinder.find_spec(fullname, path)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        location = getattr(loader, 'path', '<unknown>')
    else:
        import os
        location = os.path.abspath(os.fspath(location))
    if loader is None:
        if not str(location).endswith(('.py', '.pyc')):
            return None
        loader = _file_loader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        spec.submodule_search_locations = [str(location).rpartition('/')[0]]
    return spec


def module_from_spec(spec):
    """A new module for spec (not yet run: spec.loader.exec_module(module) runs it)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    # pyvm writes no bytecode cache: sys.implementation.cache_tag is None, and CPython's
    # answer for such an implementation is this error.
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] or tail
    opt = '' if not optimization else f'.opt-{optimization}'
    return f'{head}/__pycache__/{base}.{sys.implementation.cache_tag}{opt}.pyc' if head else f'__pycache__/{base}.{sys.implementation.cache_tag}{opt}.pyc'


def source_from_cache(path):
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, _, tail = path.rpartition('/')
    if head.rpartition('/')[2] != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    return f"{head.rpartition('/')[0]}/{tail.split('.')[0]}.py"


def decode_source(source_bytes):
    """Source bytes as text, newlines made universal."""
    text = source_bytes.decode('utf-8')
    return text.replace('\\r\\n', '\\n').replace('\\r', '\\n')
`;

// importlib._bootstrap_external: CPython's path-based import machinery, imported by name by
// py_compile, test.support.script_helper and others. pyvm's import is TypeScript, so this
// module gathers the same helpers importlib.util and importlib.machinery already give; it
// writes no .pyc (no _code_to_timestamp_pyc: pyvm does not marshal code objects).
const BOOTSTRAP_EXTERNAL_SOURCE = `
"""The path-based import helpers (pyvm: those of importlib.util and importlib.machinery)."""
from importlib.util import MAGIC_NUMBER, cache_from_source, source_from_cache, decode_source, spec_from_file_location
from importlib.machinery import (
    SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader, PathFinder,
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES, EXTENSION_SUFFIXES,
)
`;

// importlib._bootstrap: the names Python code reaches in CPython's frozen import core (pydoc
// imports it and loads a spec with _load).
const BOOTSTRAP_SOURCE = `
"""The core of the import system (pyvm: specs, modules from specs, and _load)."""
import sys as _sys
from importlib.machinery import ModuleSpec, BuiltinImporter, FrozenImporter
from importlib.util import module_from_spec, spec_from_loader, find_spec as _find_spec_util


def _load(spec):
    """Create spec's module, run it in sys.modules[spec.name] and return that entry."""
    module = module_from_spec(spec)
    _sys.modules[spec.name] = module
    try:
        if spec.loader is not None:
            if hasattr(spec.loader, 'exec_module'):
                spec.loader.exec_module(module)
            else:
                module = spec.loader.load_module(spec.name)
    except BaseException:
        _sys.modules.pop(spec.name, None)
        raise
    module = _sys.modules.pop(spec.name)
    _sys.modules[spec.name] = module
    return module


def _find_spec(name, path, target=None):
    return _find_spec_util(name)
`;

definePythonModule('importlib', IMPORTLIB_SOURCE);
definePythonModule('importlib.machinery', MACHINERY_SOURCE);
definePythonModule('importlib.util', UTIL_SOURCE);
definePythonModule('importlib._bootstrap_external', BOOTSTRAP_EXTERNAL_SOURCE);
definePythonModule('importlib._bootstrap', BOOTSTRAP_SOURCE);

# importlib over pyvm's import system: import_module (absolute, relative to a package, errors),
# resolve_name, find_spec of a module and a package beside the program, spec_from_file_location +
# module_from_spec + exec_module (a file written for it), reload, the suffix lists.
import importlib
import importlib.machinery
import importlib.util
import os
import sys

m = importlib.import_module('mod_geometry')
print(m.PI, m is sys.modules['mod_geometry'], importlib.import_module('json').__name__)
sub = importlib.import_module('.circle', 'pkg_shapes')
print(sub.__name__, sub is sys.modules['pkg_shapes.circle'])
for name, pkg in (('.circle', None), ('no_such_module_zz', None), ('..x', 'pkg_shapes')):
    try:
        importlib.import_module(name, pkg)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name('..b', 'p.q.r'), importlib.util.resolve_name('.', 'p'), importlib.util.resolve_name('abs', None))
def stem(path):
    return os.path.basename(path).rpartition('.')[0]


s = importlib.util.find_spec('mod_state')
print(s.name, repr(s.parent), stem(s.origin), s.has_location, s.submodule_search_locations)
p = importlib.util.find_spec('pkg_lazy')
print(p.name, p.parent, stem(p.origin), [os.path.basename(x) for x in p.submodule_search_locations])
print(importlib.util.find_spec('not_a_module_qq'), importlib.util.find_spec('pkg_shapes.circle').name)
path = f'/tmp/pyvm_importlib_api_{os.getpid()}.py'
with open(path, 'w') as f:
    f.write('VALUE = 6 * 7\n')
try:
    spec = importlib.util.spec_from_file_location('made_from_file', path)
    mod = importlib.util.module_from_spec(spec)
    print('made_from_file' in sys.modules, mod.__name__, mod.__file__ == path, type(mod.__loader__).__name__)
    spec.loader.exec_module(mod)
    print(mod.VALUE)
finally:
    os.remove(path)
print(importlib.reload(m) is m, importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
try:
    importlib.reload('mod_geometry')
except TypeError as e:
    print('TypeError:', e)

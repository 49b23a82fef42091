# importlib._bootstrap_external, which py_compile and test.support.script_helper import by name:
# the path helpers importlib.util and importlib.machinery give. cache_from_source follows
# sys.implementation.cache_tag (pyvm: None, so NotImplementedError, as CPython's for that case).
import sys
import importlib
import importlib.util
import importlib.machinery
import importlib._bootstrap_external as be

print(importlib._bootstrap_external is be)
print(be.MAGIC_NUMBER == importlib.util.MAGIC_NUMBER, len(be.MAGIC_NUMBER))
print(be.SOURCE_SUFFIXES, be.BYTECODE_SUFFIXES)
print(be.SourceFileLoader is importlib.machinery.SourceFileLoader)
print(be.decode_source(b'a = 1\r\nb = 2\rc = 3\n'))
for f, arg in ((be.cache_from_source, '/a/b.py'), (be.source_from_cache, '/a/__pycache__/b.x.pyc')):
    try:
        r = f(arg)
        print(r in ('/a/__pycache__/b.%s.pyc' % sys.implementation.cache_tag, '/a/b.py'))
    except NotImplementedError as e:
        print(sys.implementation.cache_tag is None and str(e) == 'sys.implementation.cache_tag is None')

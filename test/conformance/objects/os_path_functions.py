# os.path (posixpath) string functions and their errors: equal to CPython's on any machine.
import os, os.path, posixpath

print(os.path is posixpath, os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
for p in ['//a//b/../c/.', '///a', '', '.', '..', 'a/../..', '/..', '/a/./b/', 'a//b', '//', '../x/../y']:
    print(repr(p), repr(os.path.normpath(p)))
for p in ['.bashrc', 'a/b.c.d', 'a.b/c', 'x.', '..', 'a/.b.c', '...x', 'f.tar.gz', '']:
    print(repr(p), os.path.splitext(p))
for p in ['/', 'a/', 'a/b', '/a', '//a//b', 'a', '', 'a//', '///']:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.join('a', 'b', '/c', 'd'), os.path.join('a/', 'b'), os.path.join('', 'x'), os.path.join('a', ''), os.path.join(b'a', b'b'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'), os.path.relpath('/', '/a/b'))
print(os.path.commonpath(['/a/b', '/a/c']), os.path.commonpath(['a/b/c', 'a/b']), os.path.commonprefix(['abc', 'abd']), repr(os.path.commonprefix([])))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.normcase('A/B'), os.path.splitdrive('/a/b'))
print(os.path.expandvars('$NOPE_PYVM_X/${NOPE_PYVM}/$'), os.path.expanduser('x~'), os.path.expanduser('~nouser_pyvm/x'))
for bad in [lambda: os.path.join(1), lambda: os.path.join('a', 1), lambda: os.path.join('a', b'b'), lambda: os.fspath(1),
            lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath(''),
            lambda: os.path.normpath(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __fspath__(self):
        return '/tmp'

class Bad:
    def __fspath__(self):
        return 3

print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), os.path.join(P(), 'q'), os.fsencode('a'), os.fsdecode(b'b'))
try:
    os.fspath(Bad())
except TypeError as e:
    print(e)
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.abspath('/a/../b'))
print(os.path.realpath('/tmp/../tmp/nonexist_pyvm/x'))

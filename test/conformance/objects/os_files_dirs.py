# os: directories, file descriptors, stat, walk, scandir, environ, in a scratch directory.
import os, sys

d = '/tmp/pyvm_os_%d' % os.getpid()
os.makedirs(d + '/a/b', exist_ok=True)
os.makedirs(d + '/a/b', exist_ok=True)
try:
    os.makedirs(d + '/a')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename[len(d):])
fd = os.open(d + '/a/f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'hello\nworld\n'))
os.close(fd)
fd = os.open(d + '/a/f.txt', os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
st = os.fstat(fd)
os.close(fd)
print(type(st).__name__, st.st_size, len(st), isinstance(st.st_mtime, float), isinstance(st[8], int), st == os.stat(d + '/a/f.txt'))
fd = os.open(d + '/a/f.txt', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'more\n')
os.close(fd)
print(os.path.getsize(d + '/a/f.txt'), os.path.isdir(d), os.path.isfile(d + '/a/f.txt'), os.path.exists(d + '/zz'), os.path.isfile(d))
print(sorted(os.listdir(d + '/a')), [(e.name, e.is_dir(), e.is_file(), e.path[len(d):]) for e in sorted(os.scandir(d + '/a'), key=lambda e: e.name)])
print([(r[len(d):], sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)])
os.rename(d + '/a/f.txt', d + '/a/b/g.txt')
print([(r[len(d):], sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d, topdown=False)])
for bad in [lambda: os.rmdir(d + '/a'), lambda: os.remove(d + '/nope'), lambda: os.listdir(d + '/nope'),
            lambda: os.rename(d + '/nope', d + '/nope2'), lambda: os.mkdir(d), lambda: os.open(d + '/nope', os.O_RDONLY),
            lambda: os.stat(d + '/nope'), lambda: os.rmdir(d + '/a/b/g.txt'), lambda: os.open(d, os.O_WRONLY)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(d, 'D'), e.args)
os.remove(d + '/a/b/g.txt')
os.removedirs(d + '/a/b')
print(os.path.exists(d))
os.environ['PYVM_T'] = 'v1'
print(os.getenv('PYVM_T'), os.environ.get('NOPE_PYVM', 'd'), 'PYVM_T' in os.environ, os.environ['PYVM_T'])
del os.environ['PYVM_T']
print(os.getenv('PYVM_T'), 'PYVM_T' in os.environ)
try:
    os.environ['NOPE_PYVM']
except KeyError as e:
    print(repr(e))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
print(repr(os.environ)[:9], type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(os.strerror(2), os.strerror(13), type(os.getpid()).__name__, os.cpu_count() > 0, len(os.urandom(4)), os.access('/', os.F_OK))
print(os.error is OSError, os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))

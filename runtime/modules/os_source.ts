// The os module and os.path (posixpath), as Python source run by pyvm itself (see
// python_source.ts), over the posix module's host calls (runtime/modules/posix.ts).
//
// Covered: the path functions of posixpath (pure string work plus stat), os.environ as a
// mapping that writes through to the process environment, getenv/putenv, stat with
// os.stat_result, directories (listdir, scandir, walk, mkdir/makedirs, rmdir/removedirs,
// remove/unlink, rename/replace), file descriptors (open/read/write/close/lseek/fstat with
// the O_* and SEEK_* constants), fspath/fsencode/fsdecode and os.PathLike, getcwd/chdir,
// getpid, cpu_count, urandom, strerror, access. Not covered: processes (system, fork, exec,
// spawn, kill), permissions and owners (chmod, chown), links (symlink, readlink), times
// (utime), terminals.
//
// Written from the documented behaviour of the os and os.path modules; not CPython's Lib/.

import { definePythonModule } from './python_source';

const POSIXPATH_SOURCE = `
"""Common operations on POSIX pathnames."""

import posix as _posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep',
           'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = method(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(p).__name__, type(r).__name__))


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b''
    return '/', '.', ''


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + slash
        for b in map(_fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except TypeError:
        for s in (a,) + p:
            if not isinstance(s, (str, bytes)) and not hasattr(type(s), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                                % type(s).__name__) from None
        if any(isinstance(s, str) for s in (a,) + p) and any(isinstance(s, bytes) for s in (a,) + p):
            raise TypeError("Can't mix strings and bytes in path components") from None
        raise
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, empty = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots in the last component is part of the name, not an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def exists(path):
    try:
        _posix.stat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def _mode(path, stat=_posix.stat):
    try:
        return stat(_fspath(path))[0]
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def islink(path):
    m = _mode(path, _posix.lstat)
    return m is not None and (m & 0o170000) == 0o120000


def ismount(path):
    path = _fspath(path)
    if islink(path):
        return False
    try:
        s1 = _posix.lstat(path)
        s2 = _posix.lstat(join(path, '..' if isinstance(path, str) else b'..'))
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return _posix.stat(_fspath(filename))[6]


def getatime(filename):
    return _posix.stat(_fspath(filename))[7]


def getmtime(filename):
    return _posix.stat(_fspath(filename))[8]


def getctime(filename):
    return _posix.stat(_fspath(filename))[9]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a = _posix.stat(_fspath(f1))
    b = _posix.stat(_fspath(f2))
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    a = _posix.fstat(fp1)
    b = _posix.fstat(fp2)
    return a[1] == b[1] and a[2] == b[2]


def expanduser(path):
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _posix.environ.get('HOME', _posix._home)
    if is_bytes:
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode('latin-1')).encode('latin-1')
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('{', i + 1):
            j = path.find('}', i + 2)
            name = path[i + 2:j] if j >= 0 else ''
            if j >= 0 and name and all(ch.isalnum() or ch in '_-' for ch in name) and name.isascii():
                if name in _posix.environ:
                    out.append(_posix.environ[name])
                else:
                    out.append(path[i:j + 1])
                i = j + 1
                continue
            out.append(c)
            i += 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] in '_-') and path[j].isascii():
            j += 1
        name = path[i + 1:j]
        if name and name in _posix.environ:
            out.append(_posix.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def normpath(path):
    path = _fspath(path)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; three or more mean one.
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    else:
        initial = 0
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash * initial + slash.join(parts)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if strict:
        _posix.stat(filename)
    if isinstance(filename, bytes):
        return _posix._realpath(filename.decode()).encode()
    return _posix._realpath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    slash, dot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    if isinstance(start, bytes) != isinstance(path, bytes):
        raise TypeError("Can't mix strings and bytes in path components")
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dot + dot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if all(isinstance(p, bytes) for p in paths):
        slash, dot = b'/', b'.'
    elif all(isinstance(p, str) for p in paths):
        slash, dot = '/', '.'
    else:
        raise TypeError("Can't mix strings and bytes in path components")
    split_paths = [p.split(slash) for p in paths]
    absolutes = {p[:1] == slash for p in paths}
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if absolutes.pop() else slash[:0]
    return prefix + slash.join(common)
`;

const OS_SOURCE = `
"""OS routines for POSIX: the posix module's calls, os.path, os.environ."""

import sys
import abc
import posix as _posix
import posixpath as path
from posixpath import join as _join
from posix import (open, close, read, write, lseek, fstat, stat, lstat, getcwd, chdir, listdir,
                   mkdir, rmdir, unlink, remove, rename, replace, getpid, getppid, cpu_count,
                   urandom, strerror, isatty, ftruncate, fsync, putenv, unsetenv)
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

sys.modules['os.path'] = path

name = 'posix'
linesep = '\\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
error = OSError

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = 2048
O_CLOEXEC = 524288
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# Waiting for children. pyvm starts no processes (_posixsubprocess), so there is never a child to
# wait for; the status decoders are the POSIX encodings (Linux's), pure arithmetic.
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8


def _get_exports_list(module):
    # A module's public names: its __all__, else the names not starting with '_' (socket.py
    # builds its __all__ from _socket's this way).
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


def waitpid(pid, options, /):
    raise ChildProcessError(10, 'No child processes')


def wait():
    raise ChildProcessError(10, 'No child processes')


def pipe():
    # Node has no synchronous pipe(2); subprocess.Popen, the one user, could not start a child anyway.
    raise OSError(38, 'Function not implemented')


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) not in (0, 0x7f)


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %d" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %d" % status)


def access(path, mode):
    return _posix.access(fspath(path), mode)


def getcwdb():
    return getcwd().encode()


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__)
    r = method(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        self = tuple.__new__(cls, raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9])))
        self._raw = raw
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._raw[7])
    st_mtime = property(lambda self: self._raw[8])
    st_ctime = property(lambda self: self._raw[9])
    st_atime_ns = property(lambda self: self._raw[10])
    st_mtime_ns = property(lambda self: self._raw[11])
    st_ctime_ns = property(lambda self: self._raw[12])
    st_blksize = property(lambda self: self._raw[13])
    st_blocks = property(lambda self: self._raw[14])
    st_rdev = property(lambda self: self._raw[15])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (stat_result, (self._raw,))


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    p = path if isinstance(path, int) else fspath(path)
    if isinstance(p, int):
        return stat_result(_posix.fstat(p))
    return stat_result(_posix.stat(p) if follow_symlinks else _posix.lstat(p))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(fspath(path)))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def listdir(path=None):
    if path is None:
        return _posix.listdir('.')
    p = fspath(path)
    if isinstance(p, bytes):
        return [n.encode() for n in _posix.listdir(p.decode())]
    return _posix.listdir(p)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(fspath(path), mode)


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(fspath(path))


def remove(path, *, dir_fd=None):
    _posix.remove(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(fspath(src), fspath(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.replace(fspath(src), fspath(dst))


def chdir(path):
    _posix.chdir(fspath(path))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(fspath(path), flags, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (curdir if isinstance(tail, str) else curdir.encode()):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and every empty intermediate one."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of os.scandir(): name, path and cached type tests."""

    __slots__ = ('name', 'path', '_is_dir', '_is_file', '_is_symlink')

    def __init__(self, name, path, is_dir, is_file, is_symlink):
        self.name = name
        self.path = path
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_symlink = is_symlink

    def is_dir(self, *, follow_symlinks=True):
        return self._is_dir if follow_symlinks or not self._is_symlink else False

    def is_file(self, *, follow_symlinks=True):
        return self._is_file if follow_symlinks or not self._is_symlink else False

    def is_symlink(self):
        return self._is_symlink

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    __slots__ = ('_entries',)

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    p = fspath(path)
    as_bytes = isinstance(p, bytes)
    d = p.decode() if as_bytes else p
    entries = []
    for name, is_dir, is_file, is_link in _posix._scandir(d):
        full = _join(d, name)
        if as_bytes:
            name, full = name.encode(), full.encode()
        entries.append(DirEntry(name, full, is_dir, is_file, is_link))
    return _ScandirIterator(entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks or not entry.is_symlink():
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


class _Environ(_MutableMapping):
    """os.environ: the process environment as a mapping of str to str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None
        unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


# pyvm's functions have no dir_fd, descriptor or follow_symlinks=False variants: empty sets, as
# on a platform without them (shutil then takes its portable paths).
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()


class terminal_size(tuple):
    """A terminal's size, (columns, lines) (what shutil.get_terminal_size returns)."""

    __module__ = 'os'
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        t = tuple(sequence)
        if len(t) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(t)}-sequence given)')
        return tuple.__new__(cls, t)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


del abc
`;

definePythonModule('posixpath', POSIXPATH_SOURCE);
definePythonModule('os', OS_SOURCE);

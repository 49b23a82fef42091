// Files for the io module, as Python source appended to io's (io_source.ts): open(), FileIO
// (a descriptor from the posix module, runtime/modules/posix.ts), BufferedReader,
// BufferedWriter and BufferedRandom over it, and TextIOWrapper (encoding, errors, universal
// newlines) over those: the layers, attributes, reprs and messages of CPython's _io.
//
// Design choices (why they are invisible to a program):
// - Buffered writes are kept in a list until 8 KiB, flush(), seek(), close() or the
//   interpreter's finalization (every open writer is flushed then, as CPython's file objects
//   are when finalization collects them).
// - A text file being read decodes the rest of the file at its first read and serves
//   read/readline/iteration from that text; a write, seek or truncate drops it. tell() on a
//   text file is the byte offset of the position (CPython's cookie, for a stateless codec,
//   is the same number).
// - CPython's _io is C, so its frames never show in a traceback: the frames of this code
//   are left out of printed tracebacks (python_source.ts, hideFrames).
//
// Written from the io module's documentation; not CPython's Lib/_pyio.py.

export const IO_FILES_SOURCE = `

import posix as _posix
import builtins as _builtins
import _pyvm_io_exit

__all__ += ['open', 'open_code', 'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper']


def _fspath_or_fd(file):
    if isinstance(file, (str, bytes, int)):
        return file
    method = getattr(type(file), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)
    r = method(file)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(file).__name__, type(r).__name__))
    return r


_O_RDONLY = 0
_O_WRONLY = 1
_O_RDWR = 2
_O_CREAT = 64
_O_EXCL = 128
_O_TRUNC = 512
_O_APPEND = 1024
_O_CLOEXEC = 524288


class FileIO(RawIOBase):
    """Raw file I/O on a file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._closed = False
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError('FileIO() argument \\'mode\\' must be str, not %s' % type(mode).__name__)
        rwa = False
        plus = False
        self._readable = self._writable = self._appending = self._created = False
        for c in mode:
            if c in 'rwxa':
                if rwa:
                    raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
                rwa = True
                if c == 'r':
                    self._readable = True
                elif c == 'w':
                    self._writable = True
                elif c == 'x':
                    self._created = self._writable = True
                else:
                    self._appending = self._writable = True
            elif c == '+':
                if plus:
                    raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
                self._readable = self._writable = True
                plus = True
            elif c == 'b':
                pass
            else:
                raise ValueError('invalid mode: %s' % mode)
        if not rwa:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        if self._readable and self._writable:
            flags = _O_RDWR
        elif self._readable:
            flags = _O_RDONLY
        else:
            flags = _O_WRONLY
        if self._created:
            flags |= _O_EXCL | _O_CREAT
        elif self._appending:
            flags |= _O_APPEND | _O_CREAT
        elif self._writable and mode.find('w') >= 0:
            flags |= _O_TRUNC | _O_CREAT
        flags |= _O_CLOEXEC
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            path = _fspath_or_fd(file)
            if isinstance(path, bytes):
                path = path.decode()
            if opener is None:
                fd = _posix.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._fd = fd
        self._closefd = closefd
        self.name = file
        try:
            st_mode = _posix.fstat(fd)[0]
        except OSError:
            st_mode = 0
        if st_mode & 0o170000 == 0o040000:
            if closefd:
                _posix.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, 'Is a directory', file)
        if self._appending:
            _posix.lseek(fd, 0, 2)
        self._seekable = None

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closefd(self):
        return self._closefd

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _check_readable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, 1)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._check_open()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_open()
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check_open()
        self._check_readable()
        return _posix._readall(self._fd)

    def readinto(self, b):
        self._check_open()
        self._check_readable()
        view = memoryview(b).cast('B')
        data = _posix.read(self._fd, len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        self._check_open()
        self._check_writable()
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_open()
        self._check_writable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                _posix.close(self._fd)

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self._closefd)


class _BufferedBase(BufferedIOBase):
    """The buffer over a raw file shared by BufferedReader, BufferedWriter and BufferedRandom."""

    def _init_buffered(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self._buffer_size = buffer_size
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _check_open(self, what=None):
        if self.raw.closed:
            raise ValueError('I/O operation on closed file' if what is None else what + ' of closed file')

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def _flush_writes(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            while data:
                n = self.raw.write(data)
                data = data[n:]

    def flush(self):
        if self.raw.closed:
            raise ValueError('flush of closed file')
        self._flush_writes()

    def _drop_read_ahead(self):
        # The raw position is past what was read ahead: move it back to the logical position.
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''

    def read(self, size=-1):
        self._check_open('read')
        if not self.raw.readable():
            raise UnsupportedOperation('read')
        self._flush_writes()
        if size is None or size < 0:
            readall = getattr(self.raw, 'readall', None)
            if readall is not None:
                data = self._rbuf + readall()
            else:
                # a raw object without readall (tarfile's _FileInFile): read until b''
                chunks = [self._rbuf]
                while True:
                    chunk = self.raw.read()
                    if not chunk:
                        break
                    chunks.append(chunk)
                data = b''.join(chunks)
            self._rbuf = b''
            return data
        if size <= len(self._rbuf):
            data = self._rbuf[:size]
            self._rbuf = self._rbuf[size:]
            return data
        data = self._rbuf + self.raw.read(max(size - len(self._rbuf), self._buffer_size))
        self._rbuf = data[size:]
        return data[:size]

    def read1(self, size=-1):
        if size is None or size < 0:
            size = self._buffer_size
        self._check_open('read')
        if self._rbuf:
            data = self._rbuf[:size]
            self._rbuf = self._rbuf[size:]
            return data
        return self.read(size)

    def peek(self, size=0):
        self._check_open('peek')
        if not self._rbuf:
            self._rbuf = self.raw.read(self._buffer_size)
        return self._rbuf

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readline(self, size=-1):
        self._check_open('readline')
        if not self.raw.readable():
            raise UnsupportedOperation('read')
        self._flush_writes()
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b'\\n')
            if i >= 0 or (0 <= size <= len(self._rbuf)):
                end = i + 1 if i >= 0 else len(self._rbuf)
                if 0 <= size < end:
                    end = size
                break
            more = self.raw.read(self._buffer_size)
            if not more:
                end = len(self._rbuf) if size < 0 else min(size, len(self._rbuf))
                break
            self._rbuf += more
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._check_open('write')
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        if self._rbuf:
            self._drop_read_ahead()
        b = bytes(b)
        self._wbuf.append(b)
        self._wlen += len(b)
        if self._wlen >= self._buffer_size:
            self._flush_writes()
        return len(b)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._check_open('seek')
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_open()
        return self.raw.tell() - len(self._rbuf) + self._wlen

    def truncate(self, size=None):
        self._check_open('truncate')
        self.flush()
        if size is None:
            size = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(size)

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            _pyvm_io_exit.forget(self)
            self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        return raw

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return '<_io.%s>' % type(self).__name__
        return '<_io.%s name=%r>' % (type(self).__name__, name)


class BufferedReader(_BufferedBase):
    """A buffer over a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        self._init_buffered(raw, buffer_size)


class BufferedWriter(_BufferedBase):
    """A buffer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._init_buffered(raw, buffer_size)
        _pyvm_io_exit.keep(self)


class BufferedRandom(_BufferedBase):
    """A buffer over a seekable raw stream open for reading and writing."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._init_buffered(raw, buffer_size)
        _pyvm_io_exit.keep(self)


_NEWLINES = (None, '', '\\n', '\\r', '\\r\\n')


class TextIOWrapper(TextIOBase):
    """A text stream over a buffered binary stream: decoding, encoding and newlines."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s" % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._tpos = 0
        self._text_start = 0
        # The fast paths of write() and iteration (most file programs are loops of these):
        # str written to a plain UTF-8 file waits in _pending until 8 KiB or any other
        # operation; a line of text already decoded is found without the general checks.
        raw = getattr(buffer, 'raw', None)
        self._raw = raw if isinstance(raw, FileIO) else None
        self._pending = []
        self._pending_len = 0
        self._plain_lines = newline is None or newline == '\\n'
        self._plain_writer = (self._raw is not None and buffer.writable() and not line_buffering and not write_through
                              and newline in (None, '', '\\n') and self._encoding.lower().replace('_', '-') in ('utf-8', 'utf8'))
        if self._plain_writer:
            _pyvm_io_exit.keep(self)

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: None)

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self._mode

    @mode.setter
    def mode(self, value):
        # CPython's open() sets it as an attribute, and tokenize.open() sets it again.
        self._mode = value

    @property
    def closed(self):
        return self.buffer.closed

    def _check_open(self):
        if self._pending:
            self._flush_pending()
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _flush_pending(self):
        data = ''.join(self._pending).encode(self._encoding, self._errors)
        self._pending = []
        self._pending_len = 0
        self.buffer.write(data)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _load(self):
        """Decodes the rest of the file once; read/readline serve from the text."""
        if self._text is None:
            if not self.buffer.readable():
                raise UnsupportedOperation('not readable')
            self._text_start = self.buffer.tell() if self.buffer.seekable() else 0
            data = self.buffer.read()
            text = data.decode(self._encoding, self._errors)
            self._raw_text = text
            if self._newline is None and '\\r' in text:
                text = text.replace('\\r\\n', '\\n').replace('\\r', '\\n')
            self._text = text
            self._tpos = 0
        return self._text

    def _unload(self):
        # Puts the byte position back where the text position is, and forgets the text.
        if self._text is not None:
            if self.buffer.seekable():
                self.buffer.seek(self._byte_position())
            self._text = None

    def _byte_position(self):
        # The text position as a byte offset: with newline translation the text read is
        # shorter than the file's by one character per CRLF, so walk the untranslated text.
        raw = self._raw_text
        n = self._tpos
        if raw is not self._text:
            r = 0
            for _ in range(n):
                r += 2 if raw.startswith('\\r\\n', r) else 1
            n = r
        return self._text_start + len(raw[:n].encode(self._encoding, self._errors))

    def read(self, size=-1):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r' % type(size).__name__)
        text = self._load()
        start = self._tpos
        end = len(text) if size < 0 else min(len(text), start + size)
        self._tpos = end
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError('argument should be integer or None, not %r' % type(size).__name__)
        text = self._load()
        start = self._tpos
        if self._newline is None or self._newline == '\\n':
            i = text.find('\\n', start)
            end = len(text) if i < 0 else i + 1
        elif self._newline == '':
            i = start
            n = len(text)
            while i < n and text[i] != '\\n' and text[i] != '\\r':
                i += 1
            if i >= n:
                end = n
            elif text[i] == '\\r' and i + 1 < n and text[i + 1] == '\\n':
                end = i + 2
            else:
                end = i + 1
        else:
            i = text.find(self._newline, start)
            end = len(text) if i < 0 else i + len(self._newline)
        if 0 <= size < end - start:
            end = start + size
        self._tpos = end
        return text[start:end]

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        text = self._text
        if text is not None and self._plain_lines:
            start = self._tpos
            i = text.find('\\n', start)
            if i >= 0:
                self._tpos = i + 1
                return text[start:i + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self._plain_writer and type(s) is str and self._text is None and not self._raw._closed:
            self._pending.append(s)
            self._pending_len += len(s)
            if self._pending_len > 8192:
                self._flush_pending()
            return len(s)
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._text is not None:
            self._unload()
        n = len(s)
        if self._newline is not None and self._newline not in ('', '\\n') and '\\n' in s:
            s = s.replace('\\n', self._newline)
        self.buffer.write(s.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ('\\n' in s or '\\r' in s)):
            self.buffer.flush()
        return n

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def tell(self):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._text is not None:
            return self._byte_position()
        return self.buffer.tell()

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._text = None
            self.buffer.flush()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self._text = None
        self.buffer.flush()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._check_open()
        self._unload()
        self.buffer.flush()
        return self.buffer.truncate(pos)

    def close(self):
        if not self.buffer.closed:
            try:
                if self._pending:
                    self._flush_pending()
                self.buffer.flush()
            finally:
                self._text = None
                _pyvm_io_exit.forget(self)
                self.buffer.close()

    def detach(self):
        self.flush()
        return self.buffer

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(' name=%r' % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append(' mode=%r' % (self._mode,))
        except AttributeError:
            pass
        return ''.join(parts) + ' encoding=%r>' % (self._encoding,)


def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream (the builtin open() calls this). Raise OSError upon failure."""
    if not isinstance(file, int):
        file = _fspath_or_fd(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1 or not (creating or reading or writing or appending):
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    if newline not in _NEWLINES:
        raise ValueError('illegal newline value: %s' % newline)
    if not binary and encoding is not None and encoding != 'locale':
        ''.encode(encoding)
    raw_mode = ('x' if creating else '') + ('r' if reading else '') + ('w' if writing else '') + \\
        ('a' if appending else '') + ('+' if updating else '')
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            return result
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        wrapper = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        wrapper._mode = mode
        return wrapper
    except:
        result.close()
        raise


# io.open is the builtin open(), a built-in function that calls _open (runtime/modules/open_builtin.ts).
open = _builtins.open


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return _open(path, 'rb')


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = '_io'
del _cls
`;

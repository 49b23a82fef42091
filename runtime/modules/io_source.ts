// The io module's in-memory streams, as Python source run by pyvm itself (see
// python_source.ts): StringIO and BytesIO with CPython's read/write/seek/tell/truncate/
// readline/readlines/writelines/iteration/close semantics and messages, and the IOBase,
// TextIOBase, BufferedIOBase and RawIOBase classes they derive from (for isinstance()).
// sys.stdout = io.StringIO() and contextlib.redirect_stdout capture print() through write().
// Files (open(), FileIO, the buffered classes, TextIOWrapper) are in io_files_source.ts.

import { definePythonModule } from './python_source';
import { IO_FILES_SOURCE } from './io_files_source';
import { PyObject, None } from '../object';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { currentInterp, Interpreter } from '../interp';
import { defineModule } from './module_util';

export const IO_SOURCE = `
"""In-memory text and byte streams."""

__all__ = ['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'StringIO', 'BytesIO',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a text stream opened with encoding=None uses: 'locale' (PEP 597)."""
    return "locale" if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    pass


class IncrementalNewlineDecoder:
    """Decodes with another incremental decoder (or passes str through when decoder is None),
    records which newlines it has seen (.newlines) and, with translate, turns '\\r\\n' and
    '\\r' into '\\n'. A '\\r' at the end of a chunk waits for the next chunk (it may start
    with '\\n')."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seennl = 0       # bits: 1 '\\n', 2 '\\r', 4 '\\r\\n'
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(output).__name__)
        if self._pendingcr and (output or final):
            output = "\\r" + output
            self._pendingcr = False
        if not final and output.endswith("\\r"):
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\\r\\n")
        cr = output.count("\\r") - crlf
        lf = output.count("\\n") - crlf
        self._seennl |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
        if self.translate:
            if crlf:
                output = output.replace("\\r\\n", "\\n")
            if cr:
                output = output.replace("\\r", "\\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | (1 if self._pendingcr else 0)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\\n", "\\r", ("\\r", "\\n"), "\\r\\n", ("\\n", "\\r\\n"), ("\\r", "\\r\\n"),
                ("\\r", "\\n", "\\r\\n"))[self._seennl]


class IOBase:
    """Base of the stream classes: closing, context management, line iteration."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.' if isinstance(self, BytesIO) else 'I/O operation on closed file')

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryStream:
    """The buffer and position shared by StringIO and BytesIO (str or bytes pieces)."""

    def _init_buffer(self, value):
        self._buf = value
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return self._buf[:0]
        piece = self._buf[self._pos:end]
        self._pos = end
        return piece

    def readline(self, size=-1):
        self._check_open()
        newline = '\\n' if isinstance(self._buf, str) else b'\\n'
        i = self._buf.find(newline, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        piece = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return piece

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def _write_piece(self, piece):
        if self._pos > len(self._buf):
            self._buf += ('\\0' if isinstance(self._buf, str) else b'\\0') * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + piece + self._buf[self._pos + len(piece):]
        self._pos += len(piece)
        return len(piece)


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory: what is written can be read back, and getvalue() returns it."""

    def __init__(self, initial_value='', newline='\\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._init_buffer(initial_value)

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        return self._write_piece(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks" if whence == 1 else "Can't do nonzero end-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None


class BytesIO(_MemoryStream, BufferedIOBase):
    """A byte stream in memory."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init_buffer(bytes(initial_bytes))

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write_piece(bytes(b))

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def getbuffer(self):
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        return self.readinto(b)
`;

// _pyvm_io_exit: the writable files still open, flushed at the interpreter's finalization
// (as CPython's are when finalization collects them). keep() at creation, forget() at close.
const openWriters = new WeakMap<Interpreter, Set<PyObject>>();
defineModule('_pyvm_io_exit', (m) => {
  m.fn('keep', (args) => {
    const interp = currentInterp();
    let set = openWriters.get(interp);
    if (set === undefined) {
      const fresh = new Set<PyObject>();
      set = fresh;
      openWriters.set(interp, fresh);
      interp.exitCallbacks.unshift(() => {
        for (const f of fresh) {
          try {
            callObject(getAttr(f, 'flush'), [], null);
          } catch {
            // CPython ignores a failed flush of a file collected at exit as well
          }
        }
      });
    }
    set.add(args[0]);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('forget', (args) => {
    openWriters.get(currentInterp())?.delete(args[0]);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
});

definePythonModule('io', IO_SOURCE + IO_FILES_SOURCE, {
  hideFrames: true,
  cTypes: Object.fromEntries(['StringIO', 'BytesIO', 'IncrementalNewlineDecoder', 'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper'].map((c) => [c, '_io'])),
});

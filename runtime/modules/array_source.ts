// The array module, as Python source run by pyvm itself (see python_source.ts): array.array
// holds its items' machine bytes in a bytearray (`_b`, changed only in place), so that it is a
// buffer as CPython's: memoryview(a) views those bytes (memoryview.ts arrayView),
// struct.pack_into and readinto write into them, bytes(a) copies them (bytes_methods.ts
// arrayBuffer). Items are checked as CPython's typecode setters do (the same cascade of C
// conversions, so the same OverflowError messages) and read and written through struct
// (runtime/modules/struct.ts). Correct rather than fast: each item operation is a
// Python-level call. Its frames are hidden (hideFrames), as CPython's C module has none.
// Departure: an array is not locked against resizing while a view of it exists (CPython's
// BufferError 'cannot resize an array that is exporting buffers'; see memoryview.ts).
//
// Written from the array module's documentation; not CPython's Modules/arraymodule.c.

import { definePythonModule } from './python_source';

export const ARRAY_SOURCE = `
"""Arrays of basic values: characters, integers, floating point numbers."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LONG = (-2 ** 63, 2 ** 63 - 1)
_ULONG = 2 ** 64 - 1


def _range(v, lo, hi, what):
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')
    if v < lo:
        raise OverflowError(what + ' is less than minimum')


def _check_int(tc, v):
    v = int.__index__(v) if isinstance(v, int) else type(v).__index__(v)
    if tc in 'bBhHil':
        if not _LONG[0] <= v <= _LONG[1]:
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'b':
            _range(v, -32768, 32767, 'signed short integer')
            _range(v, -128, 127, 'signed char')
        elif tc == 'B':
            _range(v, 0, 255, 'unsigned byte integer')
        elif tc == 'h':
            _range(v, -32768, 32767, 'signed short integer')
        elif tc == 'H':
            _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
            _range(v, 0, 65535, 'unsigned short')
        elif tc == 'i':
            _range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    elif tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
    elif tc == 'q':
        if not _LONG[0] <= v <= _LONG[1]:
            raise OverflowError('int too big to convert')
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG:
            raise OverflowError('int too big to convert')
    return int(v)


def _checked(tc, v):
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') and not hasattr(type(v), '__index__'):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        return _struct.unpack('f', _struct.pack('f', v))[0] if tc == 'f' else v
    if isinstance(v, float) or not (isinstance(v, int) or hasattr(type(v), '__index__')):
        raise TypeError('%r object cannot be interpreted as an integer' % type(v).__name__)
    return _check_int(tc, v)


def _index(i):
    if isinstance(i, int):
        # An int subclass's value, as PyNumber_Index: neither its __int__ nor its __index__.
        return int.__index__(i)
    if not hasattr(type(i), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(i).__name__)
    return type(i).__index__(i)


def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(data).tobytes()


class array:
    """array(typecode [, initializer]) -> array"""

    __module__ = 'array'
    __hash__ = None

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._size = _SIZES[typecode]
        self._code = '<' + ('I' if typecode == 'u' else typecode.replace('l', 'q').replace('L', 'Q'))
        # the items' machine bytes (little-endian, native sizes): the buffer memoryview(a),
        # struct.pack_into and readinto see and write; always changed in place
        self._b = bytearray()
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            if initializer._tc == typecode:
                self._b += initializer._b
            else:
                self.extend(initializer.tolist())
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: self._size)

    def _pack(self, v):
        v = _checked(self._tc, v)
        return _struct.pack(self._code, ord(v) if self._tc == 'u' else v)

    def _get(self, i):
        v = _struct.unpack_from(self._code, self._b, i * self._size)[0]
        return chr(v) if self._tc == 'u' else v

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array%s' % (what, type(other).__name__, ' slice' if what == 'assign' else ''))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def _new(self, data):
        r = array(self._tc)
        r._b += data
        return r

    def append(self, v):
        self._b += self._pack(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable, 'extend')
            self._b += bytes(iterable._b)
            return
        for v in iterable:
            self._b += self._pack(v)

    def insert(self, i, v):
        i = _index(i)
        data = self._pack(v)
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n) * self._size
        self._b[i:i] = data

    def pop(self, i=-1):
        i = _index(i)
        n = len(self)
        if not n:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        v = self._get(i)
        del self._b[i * self._size:(i + 1) * self._size]
        return v

    def remove(self, v):
        for i, x in enumerate(self.tolist()):
            if x == v:
                del self._b[i * self._size:(i + 1) * self._size]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        items = self.tolist()
        try:
            return items.index(v, start, len(items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self.tolist().count(v)

    def reverse(self):
        s = self._size
        b = bytes(self._b)
        self._b[:] = b''.join([b[i:i + s] for i in range(len(b) - s, -1, -s)])

    def tolist(self):
        items = list(_struct.unpack('<%d%s' % (len(self), self._code[1]), self._b))
        return [chr(v) for v in items] if self._tc == 'u' else items

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._b += b''.join([self._pack(v) for v in items])

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, data):
        data = _bytes_arg(data)
        if len(data) % self._size:
            raise ValueError('bytes length not a multiple of item size')
        self._b += data

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * self._size
        b = f.read(nbytes)
        if not isinstance(b, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(b)
        if len(b) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        # in blocks of 64 KiB, as CPython's (nothing written for an empty array)
        data = self.tobytes()
        for i in range(0, len(data), 65536):
            f.write(data[i:i + 65536])

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self.tolist())

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._b += b''.join([_struct.pack('<I', ord(c)) for c in s])

    def buffer_info(self):
        return (id(self), len(self))

    def byteswap(self):
        s = self._size
        b = bytes(self._b)
        self._b[:] = b''.join([b[i:i + s][::-1] for i in range(0, len(b), s)])

    def __len__(self):
        return len(self._b) // self._size

    def __iter__(self):
        i = 0
        while i < len(self):
            yield self._get(i)
            i += 1

    def __contains__(self, v):
        return v in self.tolist()

    def _slice(self, i):
        start, stop, step = i.indices(len(self))
        return range(start, stop, step)

    def __getitem__(self, i):
        s = self._size
        if isinstance(i, slice):
            r = self._slice(i)
            if r.step == 1:
                return self._new(self._b[r.start * s:max(r.stop, r.start) * s])
            b = self._b
            return self._new(b''.join([b[k * s:(k + 1) * s] for k in r]))
        return self._get(self._position(i, 'array index out of range'))

    def _position(self, i, message):
        # An item index for __getitem__/__setitem__/__delitem__: an int or __index__, negative
        # from the end, IndexError(message) outside the array.
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def __setitem__(self, i, v):
        s = self._size
        if isinstance(i, slice):
            self._same(v, 'assign')
            data = bytes(v._b)
            r = self._slice(i)
            if r.step == 1:
                self._b[r.start * s:max(r.stop, r.start) * s] = data
                return
            if len(data) // s != len(r):
                raise ValueError('attempt to assign array of size %d to extended slice of size %d' % (len(data) // s, len(r)))
            for j, k in enumerate(r):
                self._b[k * s:(k + 1) * s] = data[j * s:(j + 1) * s]
            return
        # The index is checked before the value is packed, as CPython's array_ass_item.
        i = self._position(i, 'array assignment index out of range')
        self._b[i * s:(i + 1) * s] = self._pack(v)

    def __delitem__(self, i):
        s = self._size
        if isinstance(i, slice):
            r = self._slice(i)
            if r.step == 1:
                del self._b[r.start * s:max(r.stop, r.start) * s]
                return
            for k in sorted(r, reverse=True):
                del self._b[k * s:(k + 1) * s]
            return
        i = self._position(i, 'array assignment index out of range')
        del self._b[i * s:(i + 1) * s]

    def __add__(self, other):
        self._same(other, 'append')
        return self._new(self._b + other._b)

    def __iadd__(self, other):
        self._same(other, 'extend')
        self._b += bytes(other._b)
        return self

    def __mul__(self, n):
        return self._new(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() == other.tolist()

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() != other.tolist()

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() < other.tolist()

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() <= other.tolist()

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() > other.tolist()

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self.tolist() >= other.tolist()

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return (array, (self._tc, self.tolist()))

    def __repr__(self):
        if not len(self):
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, self.tounicode())
        return 'array(%r, %r)' % (self._tc, self.tolist())


ArrayType = array

import _pyvm_abc
_pyvm_abc.set_flags(array, 1 << 5)   # Py_TPFLAGS_SEQUENCE: \`match\` takes an array as a sequence
del _pyvm_abc
`;

definePythonModule('array', ARRAY_SOURCE, { hideFrames: true, cTypes: { array: 'array' } });

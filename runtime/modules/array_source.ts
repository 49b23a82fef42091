// The array module, as Python source run by pyvm itself (see python_source.ts): array.array
// holds its items in a list, checks each item as CPython's typecode setters do (the same
// cascade of C conversions, so the same OverflowError messages), and converts to and from
// bytes through struct (runtime/modules/struct.ts). Correct rather than fast: each item
// operation is a Python-level call. Its frames are hidden (hideFrames), as CPython's C
// module has none.
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
    if not isinstance(v, int):
        v = v.__index__()
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
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: _SIZES[self._tc])

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array%s' % (what, type(other).__name__, ' slice' if what == 'assign' else ''))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def append(self, v):
        self._items.append(_checked(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable, 'extend')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        for v in iterable:
            self._items.append(_checked(tc, v))

    def insert(self, i, v):
        self._items.insert(i, _checked(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._items.extend([_checked(tc, v) for v in items])

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack('<%d%s' % (len(self._items), self._tc.replace('l', 'q').replace('L', 'Q')), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        code = self._tc.replace('l', 'q').replace('L', 'Q')
        self._items.extend(_struct.unpack('<%d%s' % (len(data) // size, code), data))

    def fromfile(self, f, n):
        if not isinstance(n, int):
            if not hasattr(type(n), '__index__'):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
            n = type(n).__index__(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * _SIZES[self._tc]
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
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = _SIZES[self._tc]
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._same(v, 'assign')
            self._items[i] = v._items
            return
        v = _checked(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        self._same(other, 'append')
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        self._same(other, 'extend')
        self._items += other._items
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce__(self):
        return (array, (self._tc, self.tolist()))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)


ArrayType = array

import _pyvm_abc
_pyvm_abc.set_flags(array, 1 << 5)   # Py_TPFLAGS_SEQUENCE: \`match\` takes an array as a sequence
del _pyvm_abc
`;

definePythonModule('array', ARRAY_SOURCE, { hideFrames: true, cTypes: { array: 'array' } });

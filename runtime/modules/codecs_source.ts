// CPython's C module _codecs, as Python source run by pyvm itself (see python_source.ts): the
// codec registry (register, lookup, encode, decode), the error handlers (register_error,
// lookup_error and the eight standard ones) and the built-in codecs' functions the encodings
// package's modules call (utf_8_*, ascii_*, latin_1_*, utf_16_*, charmap_*, unicode_escape_*,
// raw_unicode_escape_*, escape_*). With it CPython's own codecs.py and encodings package run
// (PYTHONPATH set to CPython's Lib: locale, gettext, argparse, calendar ...). The codecs work
// over the interpreter's str.encode / bytes.decode, calling a registered error handler for
// an error they do not handle themselves.
//
// Written from the codecs documentation; not CPython's Modules/_codecsmodule.c.

import { definePythonModule } from './python_source';

export const CODECS_SOURCE = String.raw`
"""The codec registry and the built-in codecs' functions (CPython's C module _codecs)."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    # CPython 3.9+ (normalizestring): as encodings.normalize_encoding, in lower case: a run of
    # characters other than alphanumerics and '.' between two kept ones is one '_', and
    # non-ASCII alphanumerics are dropped
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(chars)


def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not ' + type(encoding).__name__)
    key = _normalize(encoding)
    result = _cache.get(key)
    if result is not None:
        return result
    if not _search_functions:
        import encodings
    for func in _search_functions:
        result = func(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = result
        return result
    raise LookupError('unknown encoding: ' + encoding)


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def _check_name(fname, pos, name, value):
    if not isinstance(value, str):
        raise TypeError(fname + '() argument ' + repr(name) + ' must be str, not ' + type(value).__name__)


# CPython's exception types with state beyond BaseException's (or their own __init__/__new__):
# a codec's exception of one of these is not wrapped (wrap_codec_error)
_UNWRAPPABLE = (StopIteration, SystemExit, ImportError, OSError, SyntaxError, UnicodeEncodeError,
                UnicodeDecodeError, UnicodeTranslateError, AttributeError, NameError, BaseExceptionGroup)


def _wrapped_codec_error(exc, operation, encoding):
    """CPython's wrap_codec_error: the exception a codec raised, as a new exception of its type
    whose message names the operation and codec, with the original as its __cause__; None for an
    exception that may carry more than a message (then it is raised as it is)."""
    t = type(exc)
    if isinstance(exc, _UNWRAPPABLE):
        return None
    for k in t.__mro__:
        if k.__module__ == 'builtins':
            break
        d = k.__dict__
        if '__init__' in d or '__new__' in d or d.get('__slots__'):
            return None
    args = exc.args
    if len(args) > 1 or (len(args) == 1 and type(args[0]) is not str):
        return None
    if getattr(exc, '__dict__', None):
        return None
    return t('%s with %r codec failed (%s: %s)' % (operation, encoding, t.__name__, exc))


def _call_codec(func, obj, errors, operation, encoding):
    """func(obj, errors), a codec's encoder or decoder; its exception wrapped as CPython's."""
    try:
        return func(obj, errors)
    except BaseException as e:
        new = _wrapped_codec_error(e, operation, encoding)
        if new is None:
            raise
        raise new from e


def encode(obj, encoding='utf-8', errors='strict'):
    _check_name('encode', 2, 'encoding', encoding)
    _check_name('encode', 3, 'errors', errors)
    result = _call_codec(lookup(encoding)[0], obj, errors, 'encoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _check_name('decode', 2, 'encoding', encoding)
    _check_name('decode', 3, 'errors', errors)
    result = _call_codec(lookup(encoding)[1], obj, errors, 'decoding', encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


# ---- error handlers ----

def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        handler = _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name ' + repr(name)) from None
    return globals()[handler] if type(handler) is str else handler


def _wrong_type(exc):
    return TypeError("don't know how to handle " + type(exc).__name__ + ' in error callback')


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise _wrong_type(exc)


def replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _wrong_type(exc)


def _hex_escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_hex_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _wrong_type(exc)


def xmlcharrefreplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _wrong_type(exc)


def namereplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{' + unicodedata.name(c) + '}')
            except (ValueError, ImportError):
                out.append(_hex_escape(c))
        return (''.join(out), exc.end)
    raise _wrong_type(exc)


def surrogateescape_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        # up to four bytes, each 128 or more, as U+DC80..U+DCFF
        out = []
        for b in exc.object[exc.start:min(exc.end, exc.start + 4)]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if not out:
            raise exc
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return (bytes(out), exc.end)
    raise _wrong_type(exc)


_PASS_UNITS = {'utf-8': ('utf-8', 3), 'utf8': ('utf-8', 3),
               'utf-16': ('little', 2), 'utf-16-le': ('little', 2), 'utf-16le': ('little', 2),
               'utf-16-be': ('big', 2), 'utf-16be': ('big', 2),
               'utf-32': ('little', 4), 'utf-32-le': ('little', 4), 'utf-32le': ('little', 4),
               'utf-32-be': ('big', 4), 'utf-32be': ('big', 4)}


def surrogatepass_errors(exc, /):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _wrong_type(exc)
    form = _PASS_UNITS.get(exc.encoding.lower().replace('_', '-'))
    if form is None:
        raise exc
    order, width = form
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xd800 <= n <= 0xdfff:
                raise exc
            if width == 3:
                out += bytes([0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)])
            else:
                out += n.to_bytes(width, order)
        return (bytes(out), exc.end)
    b = exc.object[exc.start:exc.start + width]
    n = -1
    if len(b) == width:
        if width == 3:
            if b[0] & 0xf0 == 0xe0 and b[1] & 0xc0 == 0x80 and b[2] & 0xc0 == 0x80:
                n = ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f)
        else:
            n = int.from_bytes(b, order)
    if 0xd800 <= n <= 0xdfff:
        return (chr(n), exc.start + width)
    raise exc


# The standard handlers are registered by the name of their function: lookup_error returns the
# module's function of that name, the built-in function pyvm makes of it (python_source.ts
# builtinFunctions), as CPython's lookup_error('strict') is a built-in function.
for _name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
              'surrogateescape', 'surrogatepass'):
    _error_handlers[_name] = _name + '_errors'
del _name


def _call_handler(errors, exc):
    """Calls error handler errors on exc: its replacement and the position to go on from (a
    negative one counts from the end, as CPython's)."""
    result = lookup_error(errors)(exc)
    decoding = isinstance(exc, UnicodeDecodeError)
    if (not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int)
            or not isinstance(result[0], str if decoding else (str, bytes))):
        raise TypeError(('decoding error handler must return (str, int) tuple' if decoding
                         else 'encoding error handler must return (str/bytes, int) tuple'))
    rep, pos = result
    n = len(exc.object)
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError('position %d from error handler out of bounds' % result[1])
    return rep, pos


# ---- the built-in codecs ----
# The interpreter's str.encode / bytes.decode do the work on the pieces they encode or decode
# without an error; an error is found by a strict call's exception and goes to the error handler.

_RANGE_REASON = {'ascii': 'ordinal not in range(128)', 'latin-1': 'ordinal not in range(256)'}


def _as_str(fname, s):
    if not isinstance(s, str):
        raise TypeError(fname + '() argument 1 must be str, not ' + type(s).__name__)
    return s


def _as_bytes(fname, data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'") from None


def _encode(fname, s, errors, enc, name=None, bom=b''):
    """str s encoded by the built-in codec enc ('utf-8', 'ascii', 'latin-1', 'utf-16-le', ...,
    'utf-32-be'), a character it cannot encode going to error handler errors; name is the codec
    the exception names, bom the bytes written first."""
    s = _as_str(fname, s)
    if errors is None:
        errors = 'strict'
    name = name or enc
    n = len(s)
    # the UTF codecs refuse exactly the surrogates, which a strict UTF-8 encoding finds (a run
    # of them: UTF-8 reports the run, UTF-16 and UTF-32 one at a time)
    probe = 'utf-8' if enc.startswith('utf') else enc
    unit = 2 if enc.startswith('utf-16') else 4 if enc.startswith('utf-32') else 1
    out = [bom]
    pos = 0
    while pos < n:
        rest = s[pos:] if pos else s
        try:
            piece = rest.encode(probe)
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end if unit == 1 else start + 1
        else:
            out.append(piece if probe == enc else rest.encode(enc))
            break
        if start > pos:
            out.append(s[pos:start].encode(enc))
        if errors == 'surrogateescape' and unit == 1:
            # as CPython's encoders: the run's escaped bytes written, the rest of it from its
            # first other character to the handler (which refuses it)
            while start < end and 0xdc80 <= ord(s[start]) <= 0xdcff:
                out.append(bytes([ord(s[start]) - 0xdc00]))
                start += 1
            if start == end:
                pos = end
                continue
        exc = UnicodeEncodeError(name, s, start, end, _RANGE_REASON.get(enc, 'surrogates not allowed'))
        rep, pos = _call_handler(errors, exc)
        if isinstance(rep, str):
            limit = 256 if enc == 'latin-1' else 128
            for c in rep:
                if ord(c) >= limit:
                    raise exc
            rep = rep.encode(enc)
        elif len(rep) % unit:
            raise exc
        out.append(rep)
    return (b''.join(out), n)


def _decode(fname, data, errors, enc, final=True, pos=0):
    """bytes data decoded by the built-in codec enc ('utf-8', 'ascii', 'latin-1', 'utf-32-le',
    'utf-32-be') from position pos, an error going to error handler errors; with final false
    an incomplete sequence at the end is left for the next call. (str, bytes consumed)."""
    data = _as_bytes(fname, data)
    if errors is None:
        errors = 'strict'
    n = len(data)
    out = []
    while pos < n:
        rest = data[pos:] if pos else data
        try:
            out.append(rest.decode(enc))
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            reason = e.reason
        else:
            pos = n
            break
        if start > pos:
            out.append(data[pos:start].decode(enc))
        if not final and (end == n and reason in ('unexpected end of data', 'truncated data') or
                          # a surrogate's first two bytes (CPython keeps them for the next call)
                          enc == 'utf-8' and start == n - 2 and data[start] == 0xed and 0xa0 <= data[start + 1] <= 0xbf):
            pos = start
            break
        rep, pos = _call_handler(errors, UnicodeDecodeError(enc, data, start, end, reason))
        out.append(rep)
    return (''.join(out), pos)


def _decode_utf16(fname, data, errors, final, be, pos=0):
    """UTF-16 decoding (bytes data, no BOM) with CPython's errors: a lone low surrogate is an
    'illegal encoding', a high one not followed by a low one an 'illegal UTF-16 surrogate'."""
    data = _as_bytes(fname, data)
    if errors is None:
        errors = 'strict'
    enc = 'utf-16-be' if be else 'utf-16-le'
    n = len(data)
    out = []
    while pos < n:
        even = pos + ((n - pos) & ~1)
        # every unit as it is (lone surrogates kept), then the first lone surrogate found
        text = data[pos:even].decode(enc, 'surrogatepass')
        try:
            text.encode('utf-8')
            k = -1
        except UnicodeEncodeError as e:
            k = e.start
        if k < 0:
            out.append(text)
            pos = even
            if pos == n or not final:
                break
            start, end, reason = pos, n, 'truncated data'
        else:
            out.append(text[:k])
            start = pos + len(text[:k].encode(enc))
            if ord(text[k]) >= 0xdc00:
                end, reason = start + 2, 'illegal encoding'
            elif k + 1 < len(text):
                end, reason = start + 2, 'illegal UTF-16 surrogate'
            elif not final:
                pos = start
                break
            else:
                end, reason = n, 'unexpected end of data'
        rep, pos = _call_handler(errors, UnicodeDecodeError(enc, data, start, end, reason))
        out.append(rep)
    return (''.join(out), pos)


def utf_8_encode(str, errors=None, /):
    return _encode('utf_8_encode', str, errors, 'utf-8')


def utf_8_decode(data, errors=None, final=False, /):
    return _decode('utf_8_decode', data, errors, 'utf-8', final)


def ascii_encode(str, errors=None, /):
    return _encode('ascii_encode', str, errors, 'ascii')


def ascii_decode(data, errors=None, /):
    return _decode('ascii_decode', data, errors, 'ascii')


def latin_1_encode(str, errors=None, /):
    return _encode('latin_1_encode', str, errors, 'latin-1')


def latin_1_decode(data, errors=None, /):
    return _decode('latin_1_decode', data, errors, 'latin-1')


def utf_16_le_encode(str, errors=None, /):
    return _encode('utf_16_le_encode', str, errors, 'utf-16-le')


def utf_16_be_encode(str, errors=None, /):
    return _encode('utf_16_be_encode', str, errors, 'utf-16-be')


def utf_16_encode(str, errors=None, byteorder=0, /):
    if byteorder < 0:
        return utf_16_le_encode(str, errors)
    if byteorder > 0:
        return utf_16_be_encode(str, errors)
    return _encode('utf_16_encode', str, errors, 'utf-16-le', 'utf-16', b'\xff\xfe')


def utf_16_le_decode(data, errors=None, final=False, /):
    return _decode_utf16('utf_16_le_decode', data, errors, final, False)


def utf_16_be_decode(data, errors=None, final=False, /):
    return _decode_utf16('utf_16_be_decode', data, errors, final, True)


def utf_16_decode(data, errors=None, final=False, /):
    return utf_16_ex_decode(data, errors, 0, final)[:2]


def _bom_order(data, byteorder, final, le_bom, be_bom):
    """(byte order, BOM length) of a UTF-16/32 input: a BOM decides when byteorder is 0."""
    if byteorder == 0:
        if data[:len(le_bom)] == le_bom:
            return -1, len(le_bom)
        if data[:len(be_bom)] == be_bom:
            return 1, len(be_bom)
    return byteorder, 0


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = _as_bytes('utf_16_ex_decode', data)
    if byteorder == 0 and len(data) < 2 and not final:
        return ('', 0, 0)
    order, skip = _bom_order(data, byteorder, final, b'\xff\xfe', b'\xfe\xff')
    text, used = _decode_utf16('utf_16_ex_decode', data, errors, final, order > 0, skip)
    return (text, used, order)


def utf_32_le_encode(str, errors=None, /):
    return _encode('utf_32_le_encode', str, errors, 'utf-32-le')


def utf_32_be_encode(str, errors=None, /):
    return _encode('utf_32_be_encode', str, errors, 'utf-32-be')


def utf_32_encode(str, errors=None, byteorder=0, /):
    if byteorder < 0:
        return utf_32_le_encode(str, errors)
    if byteorder > 0:
        return utf_32_be_encode(str, errors)
    return _encode('utf_32_encode', str, errors, 'utf-32-le', 'utf-32', b'\xff\xfe\x00\x00')


def utf_32_le_decode(data, errors=None, final=False, /):
    return _decode('utf_32_le_decode', data, errors, 'utf-32-le', final)


def utf_32_be_decode(data, errors=None, final=False, /):
    return _decode('utf_32_be_decode', data, errors, 'utf-32-be', final)


def utf_32_decode(data, errors=None, final=False, /):
    return utf_32_ex_decode(data, errors, 0, final)[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = _as_bytes('utf_32_ex_decode', data)
    if byteorder == 0 and len(data) < 4 and not final:
        return ('', 0, 0)
    order, skip = _bom_order(data, byteorder, final, b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')
    text, used = _decode('utf_32_ex_decode', data, errors, 'utf-32-be' if order > 0 else 'utf-32-le', final, skip)
    return (text, used, order)


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _as_bytes('readbuffer_encode', data)
    return (data, len(data))


# ---- UTF-7 (RFC 2152; CPython's form: sets D and O and white space written directly) ----

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# UTF-7's direct characters (RFC 2152 sets D and O, and space, tab, CR, LF); '+' opens a shift
_UTF7_DIRECT = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:? !\"#$%&*;<=>@[]^_\x60{|}\t\n\r")


def utf_7_encode(str, errors=None, /):
    s = _as_str('utf_7_encode', str)
    out = []
    in_shift = False
    bits = 0
    buf = 0
    for c in s:
        n = ord(c)
        if n < 128 and n in _UTF7_DIRECT:
            if in_shift:
                if bits:
                    out.append(_B64[(buf << (6 - bits)) & 0x3f])
                    bits = buf = 0
                in_shift = False
                if n in _B64_VALUE or c == '-':
                    out.append('-')
            out.append(c)
            continue
        if not in_shift:
            if c == '+':
                out.append('+-')
                continue
            out.append('+')
            in_shift = True
        if n >= 0x10000:
            units = (0xd800 | ((n - 0x10000) >> 10), 0xdc00 | (n & 0x3ff))
        else:
            units = (n,)
        for u in units:
            buf = (buf << 16) | u
            bits += 16
            while bits >= 6:
                bits -= 6
                out.append(_B64[(buf >> bits) & 0x3f])
            buf &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buf << (6 - bits)) & 0x3f])
    if in_shift:
        out.append('-')
    return (''.join(out).encode('ascii'), len(s))


def utf_7_decode(data, errors=None, final=False, /):
    data = _as_bytes('utf_7_decode', data)
    errors = errors or 'strict'
    n = len(data)
    out = []
    in_shift = False
    bits = buf = 0
    surrogate = 0
    start = 0          # the input position of the shift sequence's '+'
    shift_out = 0      # len(out) when the shift sequence began
    i = 0
    while i < n:
        b = data[i]
        err = None
        if in_shift:
            v = _B64_VALUE.get(b)
            if v is not None:
                buf = (buf << 6) | v
                bits += 6
                i += 1
                if bits >= 16:
                    bits -= 16
                    u = buf >> bits
                    buf &= (1 << bits) - 1
                    if surrogate:
                        if 0xdc00 <= u <= 0xdfff:
                            out.append(chr(0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xd800 <= u <= 0xdbff:
                        surrogate = u
                    else:
                        out.append(chr(u))
                continue
            in_shift = False
            if bits >= 6:
                i += 1
                err = 'partial character in shift sequence'
            elif bits and buf:
                i += 1
                err = 'non-zero padding bits in shift sequence'
            else:
                # a high surrogate left over is written when a direct character ends the sequence
                if surrogate and b < 128:
                    out.append(chr(surrogate))
                surrogate = 0
                if b == 0x2d:
                    i += 1
                continue
        elif b == 0x2b:
            start = i
            i += 1
            if i < n and data[i] == 0x2d:
                i += 1
                out.append('+')
                continue
            if i < n and data[i] not in _B64_VALUE:
                i += 1
                err = 'ill-formed sequence'
            else:
                in_shift = True
                surrogate = bits = buf = 0
                shift_out = len(out)
                continue
        elif b < 128:
            out.append(chr(b))
            i += 1
            continue
        else:
            start = i
            i += 1
            err = 'unexpected special character'
        exc = UnicodeDecodeError('utf7', data, start, i, err)
        rep, i = _call_handler(errors, exc)
        out.append(rep)
    if in_shift and final:
        in_shift = False
        if surrogate or bits >= 6 or (bits and buf):
            exc = UnicodeDecodeError('utf7', data, start, n, 'unterminated shift sequence')
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            # (a handler's new position inside the input would restart decoding there)
    if in_shift:
        del out[shift_out:]
        return (''.join(out), start)
    return (''.join(out), n)


def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}


_str_type = str


def _charmap_lookup(mapping, c):
    try:
        return mapping[ord(c)]
    except LookupError:
        return None


def charmap_encode(str, errors=None, mapping=None, /):
    s = _as_str('charmap_encode', str)
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    pos = 0
    n = len(s)
    while pos < n:
        c = s[pos]
        try:
            v = mapping[ord(c)]
        except (KeyError, LookupError):
            v = None
        if v is None:
            # the run of unmappable characters is one error, as CPython's
            end = pos + 1
            while end < n and _charmap_lookup(mapping, s[end]) is None:
                end += 1
            exc = UnicodeEncodeError('charmap', s, pos, end, 'character maps to <undefined>')
            rep, pos = _call_handler(errors or 'strict', exc)
            if isinstance(rep, _str_type):
                # a replacement the mapping cannot encode raises the error itself
                try:
                    rep = charmap_encode(rep, 'strict', mapping)[0]
                except UnicodeEncodeError:
                    raise exc from None
            out += rep
            continue
        if isinstance(v, int):
            out.append(v)
        else:
            out += v
        pos += 1
    return (bytes(out), n)


def charmap_decode(data, errors=None, mapping=None, /):
    data = _as_bytes('charmap_decode', data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        b = data[pos]
        try:
            v = mapping[b]
        except (KeyError, LookupError):
            v = None
        if isinstance(v, int):
            if v == 0xfffe:
                v = None
            elif not 0 <= v <= 0x10ffff:
                raise TypeError('character mapping must be in range(0x110000)')
            else:
                v = chr(v)
        elif v is not None and not isinstance(v, str):
            raise TypeError('character mapping must return integer, None or str')
        if v is None or v == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, pos, pos + 1, 'character maps to <undefined>')
            rep, pos = _call_handler(errors or 'strict', exc)
            out.append(rep)
            continue
        out.append(v)
        pos += 1
    return (''.join(out), n)


_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def unicode_escape_encode(str, errors=None, /):
    s = _as_str('unicode_escape_encode', str)
    out = []
    for c in s:
        n = ord(c)
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif 32 <= n < 127:
            out.append(c)
        else:
            out.append(_hex_escape(c))
    return (''.join(out).encode('latin-1'), len(s))


def raw_unicode_escape_encode(str, errors=None, /):
    s = _as_str('raw_unicode_escape_encode', str)
    out = []
    for c in s:
        n = ord(c)
        out.append(c if n < 256 else _hex_escape(c))
    return (''.join(out).encode('latin-1'), len(s))


_SIMPLE_ESCAPES = {0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t', 0x6e: '\n', 0x72: '\r',
                   0x76: '\v', 0x61: '\a', 0x0a: ''}
_HEX_DIGITS = b'0123456789abcdefABCDEF'
_OCTAL_DIGITS = b'01234567'


def _escape_data(fname, data):
    if isinstance(data, str):
        return data.encode('utf-8')
    return _as_bytes(fname, data)


_warning_registry = {}


def _warn_invalid_escape(data, at):
    """CPython's DeprecationWarning for the first invalid escape (at: the character after the backslash)."""
    import warnings
    c = data[at]
    if 0x34 <= c <= 0x37:
        msg = "invalid octal escape sequence '\\%s'" % data[at:at + 3].decode('latin-1')
    else:
        msg = "invalid escape sequence '\\%s'" % chr(c)
    # attributed to the caller's line, with the module named by its file as CPython's C
    # warnings are (so the default filters' '__main__' entry does not show it)
    import _pyvm_warnings
    level = 1
    where = _pyvm_warnings.caller(level)
    while where is not None and where[0] == '<frozen _codecs>':
        level += 1
        where = _pyvm_warnings.caller(level)
    if where is None:
        # (the caller is out of reach, past a built-in's call: pyvm's live frames)
        warnings.warn_explicit(msg, DeprecationWarning, 'sys', 1, 'sys', _warning_registry)
        return
    filename, lineno, globals = where
    module = filename[:-3] if filename.endswith('.py') else filename
    warnings.warn_explicit(msg, DeprecationWarning, filename, lineno, module,
                           globals.setdefault('__warningregistry__', {}), globals)


def _decode_escapes(data, errors, final, raw):
    """The unicode_escape (raw: raw_unicode_escape) decoder: (str, bytes consumed, the position
    of the first invalid escape's character or -1)."""
    errors = errors or 'strict'
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    n = len(data)
    out = []
    invalid = -1
    i = 0
    while i < n:
        c = data[i]
        if c != 0x5c or (raw and i + 1 >= n and final):
            out.append(chr(c))
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if not final:
                return (''.join(out), start, invalid)
            end, reason = n, '\\ at end of string'
        else:
            c = data[i]
            i += 1
            count = 0
            if c == 0x75:
                count, reason = 4, 'truncated \\uXXXX escape'
            elif c == 0x55:
                count, reason = 8, 'truncated \\UXXXXXXXX escape'
            elif raw:
                out.append('\\' + chr(c))
                continue
            elif c in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[c])
                continue
            elif c in _OCTAL_DIGITS:
                v = c - 0x30
                for _ in range(2):
                    if i < n and data[i] in _OCTAL_DIGITS:
                        v = (v << 3) + data[i] - 0x30
                        i += 1
                    else:
                        break
                if v > 0o377 and invalid < 0:
                    invalid = i - 3
                out.append(chr(v))
                continue
            elif c == 0x78:
                count, reason = 2, 'truncated \\xXX escape'
            elif c == 0x4e:
                reason = 'malformed \\N character escape'
                if i >= n:
                    if not final:
                        return (''.join(out), start, invalid)
                elif data[i] == 0x7b:
                    close = data.find(b'}', i + 1)
                    if close < 0:
                        if not final:
                            return (''.join(out), start, invalid)
                        i = n
                    else:
                        name_bytes = data[i + 1:close]
                        i += 1
                        if name_bytes:
                            i = close + 1
                            try:
                                import unicodedata
                                out.append(unicodedata.lookup(name_bytes.decode('latin-1')))
                                continue
                            except KeyError:
                                reason = 'unknown Unicode character name'
                end = i
            else:
                if invalid < 0:
                    invalid = i - 1
                out.append('\\' + chr(c))
                continue
            if count:
                v = 0
                while count:
                    if i >= n:
                        if not final:
                            return (''.join(out), start, invalid)
                        break
                    d = data[i]
                    if d not in _HEX_DIGITS:
                        break
                    v = (v << 4) | int(chr(d), 16)
                    i += 1
                    count -= 1
                if not count:
                    if v <= 0x10ffff:
                        out.append(chr(v))
                        continue
                    reason = '\\Uxxxxxxxx out of range' if raw else 'illegal Unicode character'
                end = i
        rep, i = _call_handler(errors, UnicodeDecodeError(name, data, start, end, reason))
        out.append(rep)
    return (''.join(out), n, invalid)


def unicode_escape_decode(data, errors=None, final=True, /):
    data = _escape_data('unicode_escape_decode', data)
    text, used, invalid = _decode_escapes(data, errors, final, False)
    if invalid >= 0:
        _warn_invalid_escape(data, invalid)
    return (text, used)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    data = _escape_data('raw_unicode_escape_decode', data)
    text, used, _ = _decode_escapes(data, errors, final, True)
    return (text, used)


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError('argument 1 must be bytes, not ' + type(data).__name__)
    r = repr(data)
    if r.startswith("b'"):
        r = r[2:-1].replace("\\'", "'")
        r = r.replace("'", "\\'")
    else:
        r = r[2:-1].replace('\\"', '"').replace("'", "\\'")
    return (r.encode('latin-1'), len(data))


def escape_decode(data, errors=None, /):
    data = _escape_data('escape_decode', data)
    out = bytearray()
    n = len(data)
    invalid = -1
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i == n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c].encode('latin-1')
        elif c in _OCTAL_DIGITS:
            v = c - 0x30
            for _ in range(2):
                if i < n and data[i] in _OCTAL_DIGITS:
                    v = (v << 3) + data[i] - 0x30
                    i += 1
                else:
                    break
            if v > 0o377 and invalid < 0:
                invalid = i - 3
            out.append(v & 0xff)
        elif c == 0x78:
            if i + 1 < n and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2].decode('latin-1'), 16))
                i += 2
                continue
            if errors is None or errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            if errors == 'replace':
                out.append(0x3f)
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: ' + errors)
            if i < n and data[i] in _HEX_DIGITS:
                i += 1
        else:
            if invalid < 0:
                invalid = i - 1
            out.append(0x5c)
            i -= 1
    if invalid >= 0:
        _warn_invalid_escape(data, invalid)
    return (bytes(out), n)
`;

definePythonModule('_codecs', CODECS_SOURCE, { hideFrames: true, builtinFunctions: true });

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
    # CPython 3.9+ (normalizestring): lower case, spaces and hyphens to underscores
    return encoding.lower().replace(' ', '_').replace('-', '_')


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


def encode(obj, encoding='utf-8', errors='strict'):
    _check_name('encode', 2, 'encoding', encoding)
    _check_name('encode', 3, 'errors', errors)
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _check_name('decode', 2, 'encoding', encoding)
    _check_name('decode', 3, 'errors', errors)
    result = lookup(encoding)[1](obj, errors)
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
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name ' + repr(name)) from None


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
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xdc00 + b))
        return (''.join(out), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return (bytes(out), exc.end)
    raise _wrong_type(exc)


def surrogatepass_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError) and exc.encoding.replace('_', '-').lower() in ('utf-8', 'utf8'):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xd800 <= n <= 0xdfff:
                raise exc
            out += bytes([0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)])
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError) and exc.encoding.replace('_', '-').lower() in ('utf-8', 'utf8'):
        b = exc.object[exc.start:exc.start + 3]
        if len(b) == 3 and b[0] & 0xf0 == 0xe0 and b[1] & 0xc0 == 0x80 and b[2] & 0xc0 == 0x80:
            n = ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f)
            if 0xd800 <= n <= 0xdfff:
                return (chr(n), exc.start + 3)
        raise exc
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise exc
    raise _wrong_type(exc)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors), ('namereplace', namereplace_errors),
                        ('surrogateescape', surrogateescape_errors), ('surrogatepass', surrogatepass_errors)):
    _error_handlers[_name] = _handler
del _name, _handler


def _call_handler(errors, exc):
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    return result


# ---- codecs over the interpreter's own str.encode / bytes.decode ----

_BUILTIN_ERRORS = ('strict', 'ignore', 'replace')


def _as_str(fname, s):
    if not isinstance(s, str):
        raise TypeError(fname + '() argument 1 must be str, not ' + type(s).__name__)
    return s


def _as_bytes(fname, data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _encode_with(fname, encoding, s, errors, limit=None):
    s = _as_str(fname, s)
    if errors is None:
        errors = 'strict'
    if errors in _BUILTIN_ERRORS and limit is None:
        return (s.encode(encoding, errors), len(s))
    out = bytearray()
    pos = 0
    n = len(s)
    while pos < n:
        try:
            out += s[pos:].encode(encoding, 'strict')
            break
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end
            out += s[pos:start].encode(encoding)
            exc = UnicodeEncodeError(encoding, s, start, end, e.reason)
            rep, pos = _call_handler(errors, exc)
            if pos < 0:
                pos += n
            if isinstance(rep, str):
                rep = rep.encode(encoding)
            out += rep
    return (bytes(out), n)


def _decode_with(fname, encoding, data, errors):
    data = _as_bytes(fname, data)
    if errors is None:
        errors = 'strict'
    if errors in _BUILTIN_ERRORS:
        return (data.decode(encoding, errors), len(data))
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode(encoding, 'strict'))
            break
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(data[pos:start].decode(encoding))
            exc = UnicodeDecodeError(encoding, data, start, end, e.reason)
            rep, pos = _call_handler(errors, exc)
            if pos < 0:
                pos += n
            out.append(rep)
    return (''.join(out), n)


def _utf8_complete(data):
    """The length of data's prefix that ends on a complete UTF-8 sequence (incremental decoding)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xc0 == 0x80:
            continue
        need = 2 if b & 0xe0 == 0xc0 else 3 if b & 0xf0 == 0xe0 else 4 if b & 0xf8 == 0xf0 else 1
        return n - back if need > back else n
    return n


def utf_8_encode(str, errors=None, /):
    return _encode_with('utf_8_encode', 'utf-8', str, errors)


def utf_8_decode(data, errors=None, final=False, /):
    data = _as_bytes('utf_8_decode', data)
    if not final:
        data = data[:_utf8_complete(data)]
    return _decode_with('utf_8_decode', 'utf-8', data, errors)


def ascii_encode(str, errors=None, /):
    return _encode_with('ascii_encode', 'ascii', str, errors)


def ascii_decode(data, errors=None, /):
    return _decode_with('ascii_decode', 'ascii', data, errors)


def latin_1_encode(str, errors=None, /):
    return _encode_with('latin_1_encode', 'latin-1', str, errors)


def latin_1_decode(data, errors=None, /):
    return _decode_with('latin_1_decode', 'latin-1', data, errors)


def utf_16_le_encode(str, errors=None, /):
    return _encode_with('utf_16_le_encode', 'utf-16-le', str, errors)


def utf_16_be_encode(str, errors=None, /):
    return _encode_with('utf_16_be_encode', 'utf-16-be', str, errors)


def utf_16_encode(str, errors=None, byteorder=0, /):
    if byteorder < 0:
        return utf_16_le_encode(str, errors)
    if byteorder > 0:
        return utf_16_be_encode(str, errors)
    return _encode_with('utf_16_encode', 'utf-16', str, errors)


def _even(data, final):
    return data if final else data[:len(data) & ~1]


def utf_16_le_decode(data, errors=None, final=False, /):
    return _decode_with('utf_16_le_decode', 'utf-16-le', _even(_as_bytes('utf_16_le_decode', data), final), errors)


def utf_16_be_decode(data, errors=None, final=False, /):
    return _decode_with('utf_16_be_decode', 'utf-16-be', _even(_as_bytes('utf_16_be_decode', data), final), errors)


def utf_16_decode(data, errors=None, final=False, /):
    return utf_16_ex_decode(data, errors, 0, final)[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = _as_bytes('utf_16_ex_decode', data)
    skip = 0
    if byteorder == 0 and len(data) >= 2:
        if data[:2] == b'\xff\xfe':
            byteorder, skip = -1, 2
        elif data[:2] == b'\xfe\xff':
            byteorder, skip = 1, 2
    if byteorder == 0 and len(data) < 2 and not final:
        return ('', 0, 0)
    body = _even(data[skip:], final)
    enc = 'utf-16-be' if byteorder > 0 else 'utf-16-le'
    text, used = _decode_with('utf_16_ex_decode', enc, body, errors)
    return (text, used + skip, byteorder)


def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}


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
            end = pos + 1
            exc = UnicodeEncodeError('charmap', s, pos, end, 'character maps to <undefined>')
            rep, pos = _call_handler(errors or 'strict', exc)
            if isinstance(rep, str):
                rep = charmap_encode(rep, 'strict', mapping)[0]
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
            v = chr(v)
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


def _unescape(data, errors, raw, name):
    data = _as_bytes(name, data)
    s = data.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    simple = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t', 'v': '\v', '\n': ''}
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n and raw:
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            exc = UnicodeDecodeError(name.replace('_decode', '').replace('_', '') if False else
                                     ('rawunicodeescape' if raw else 'unicodeescape'), data, i, n, '\\ at end of string')
            rep, i = _call_handler(errors or 'strict', exc)
            out.append(rep)
            continue
        d = s[i + 1]
        if raw and d not in 'uU':
            out.append(c)
            i += 1
            continue
        if not raw and d in simple:
            out.append(simple[d])
            i += 2
            continue
        if not raw and d in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8)))
            i = j
            continue
        width = {'x': 2, 'u': 4, 'U': 8}.get(d) if not raw else {'u': 4, 'U': 8}[d]
        if width is None:
            out.append('\\' + d)
            i += 2
            continue
        digits = s[i + 2:i + 2 + width]
        ok = len(digits) == width and all(ch in '0123456789abcdefABCDEF' for ch in digits)
        if ok and int(digits, 16) <= 0x10ffff:
            out.append(chr(int(digits, 16)))
            i += 2 + width
            continue
        end = i + 2
        while end < n and end < i + 2 + width and s[end] in '0123456789abcdefABCDEF':
            end += 1
        reason = ('truncated \\xXX escape' if d == 'x' else 'truncated \\uXXXX escape' if d == 'u'
                  else 'truncated \\UXXXXXXXX escape') if not ok else 'illegal Unicode character'
        if ok:
            end = i + 2 + width
        exc = UnicodeDecodeError('rawunicodeescape' if raw else 'unicodeescape', data, i, end, reason)
        rep, i = _call_handler(errors or 'strict', exc)
        out.append(rep)
    return (''.join(out), len(data))


def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1', 'backslashreplace')
    return _unescape(data, errors, False, 'unicode_escape_decode')


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1', 'backslashreplace')
    return _unescape(data, errors, True, 'raw_unicode_escape_decode')


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
    if isinstance(data, str):
        data = data.encode('latin-1')
    text, n = _unescape(data, errors, False, 'escape_decode')
    return (text.encode('latin-1'), n)
`;

definePythonModule('_codecs', CODECS_SOURCE, { hideFrames: true });

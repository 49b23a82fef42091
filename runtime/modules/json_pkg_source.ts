// The json package's submodules json.decoder, json.encoder and json.scanner, and the _json
// speedups module, in CPython's layout (test_json imports json with and without _json): the
// pure-Python scanner, string scanner, decoder and encoder (py_make_scanner, py_scanstring,
// JSONObject/JSONArray, _make_iterencode, py_encode_basestring[_ascii]) and _json's versions
// of them over json.ts's built-in scanner (_scan) and encoder (_encode), which the classes
// use when _json imports. json.dumps/json.loads without hooks stay on json.ts's fast path.
//
// Written from the json documentation and CPython 3.11's observable behaviour; not CPython's
// Lib/json.

import { definePythonModule } from './python_source';

export const JSON_DECODER_SOURCE = String.raw`
"""Implementation of JSONDecoder"""
import re

from json import scanner
from json import JSONDecodeError

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def _decode_uXXXX(s, pos):
    hexdigits = s[pos + 1:pos + 5]
    if len(hexdigits) == 4 and hexdigits[1] not in 'xX':
        try:
            return int(hexdigits, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True, _b=BACKSLASH, _m=STRINGCHUNK.match):
    """Scan the string s for a JSON string whose opening quote is at end - 1; return the
    decoded str and the index after its closing quote."""
    if end > 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
    parts = []
    begin = end - 1
    while True:
        chunk = _m(s, end)
        if chunk is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = chunk.end()
        content, stop = chunk.groups()
        if content:
            parts.append(content)
        if stop == '"':
            break
        if stop != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character {0!r} at".format(stop), s, end)
            parts.append(stop)
            continue
        try:
            esc = s[end]
        except IndexError:
            raise JSONDecodeError("Unterminated string starting at", s, begin) from None
        if esc != 'u':
            try:
                ch = _b[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape: {0!r}".format(esc), s, end) from None
            end += 1
        else:
            code = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            ch = chr(code)
        parts.append(ch)
    return ''.join(parts), end


scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _ws:
            end = _w(s, end).end()
            nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        if s[end:end + 1] != ':':
            end = _w(s, end).end()
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end += 1
        if s[end:end + 1] in _ws:
            end = _w(s, end + 1).end()
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        nextchar = s[end:end + 1]
        if nextchar in _ws:
            end = _w(s, end + 1).end()
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    s, end = s_and_end
    values = []
    nextchar = s[end:end + 1]
    if nextchar in _ws:
        end = _w(s, end + 1).end()
        nextchar = s[end:end + 1]
    if nextchar == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        nextchar = s[end:end + 1]
        if nextchar in _ws:
            end = _w(s, end + 1).end()
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        if s[end:end + 1] in _ws:
            end = _w(s, end + 1).end()
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder: JSON objects become dicts, arrays lists,
    strings str, numbers int or float, true/false/null True/False/None; NaN, Infinity and
    -Infinity are understood too. object_hook, object_pairs_hook, parse_float, parse_int and
    parse_constant customize the results; strict=False allows control characters in strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python representation of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; return (object, index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
`;

export const JSON_ENCODER_SOURCE = String.raw`
"""Implementation of JSONEncoder"""
import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON representation of the str s."""
    return '"' + ESCAPE.sub(lambda m: ESCAPE_DCT[m.group(0)], s) + '"'


encode_basestring = (c_encode_basestring or py_encode_basestring)


def _ascii_escape(m):
    ch = m.group(0)
    try:
        return ESCAPE_DCT[ch]
    except KeyError:
        n = ord(ch)
        if n < 0x10000:
            return '\\u{0:04x}'.format(n)
        n -= 0x10000
        return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """The ASCII-only JSON representation of the str s."""
    return '"' + ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


encode_basestring_ascii = (c_encode_basestring_ascii or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures: dicts, lists,
    tuples, str, int, float, True, False and None (and int/float-derived enums). Override
    default() to serialize other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (this one always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of the Python object o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding each string of its representation as available."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot,
                     ValueError=ValueError, dict=dict, float=float, id=id, int=int,
                     isinstance=isinstance, list=list, str=str, tuple=tuple,
                     _intstr=int.__repr__):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def enter(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o
            return key
        return None

    def leave(key):
        if key is not None:
            del markers[key]

    def scalar(o):
        # the text of a scalar, or None
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def newline(level):
        return '\n' + _indent * level

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        key = enter(lst)
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            yield '[' + newline(level)
        else:
            sep = _item_separator
            yield '['
        first = True
        for value in lst:
            if not first:
                yield sep
            first = False
            if isinstance(value, str):
                yield _encoder(value)
                continue
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from _iterencode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield ']'
        leave(key)

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        key = enter(dct)
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            yield '{' + newline(level)
        else:
            sep = _item_separator
            yield '{'
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for k, value in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _floatstr(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = _intstr(k)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {k.__class__.__name__}')
            if not first:
                yield sep
            first = False
            yield _encoder(k)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
                continue
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from _iterencode(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield '}'
        leave(key)

    def _iterencode(o, level):
        if isinstance(o, str):
            yield _encoder(o)
            return
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            key = enter(o)
            o = _default(o)
            yield from _iterencode(o, level)
            leave(key)

    return _iterencode
`;

export const JSON_SCANNER_SOURCE = String.raw`
"""JSON token scanner"""
import re
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                res = parse_float(integer + (frac or '') + (exp or ''))
            else:
                res = parse_int(integer)
            return res, m.end()
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
`;

export const JSON_JSON_SOURCE = String.raw`
"""json speedups (pyvm: over the json module's built-in scanner and encoder)"""

from json import JSONDecodeError, _encode, _encode_basestring, _scan


def scanstring(s, end, strict=True):
    """Scan s for a JSON string whose opening quote is at end - 1: (str, index after it)."""
    if end > 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    if end > 0 and s[end - 1] == '"':
        return _scan(s, end - 1, None, None, None, None, None, strict)
    from json.decoder import py_scanstring
    return py_scanstring(s, end, strict)


def encode_basestring_ascii(s):
    """The ASCII-only JSON representation of a Python string."""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    return _encode_basestring(s, True)


def encode_basestring(s):
    """The JSON representation of a Python string."""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    return _encode_basestring(s, False)


class make_scanner(object):
    """JSON scanner object"""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = context.memo

    def __call__(self, string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= len(string):
            raise StopIteration(idx)
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        try:
            return _scan(string, idx, self.object_hook, self.object_pairs_hook,
                         None if pf is float else pf, None if pi is int else pi, pc,
                         self.strict)
        except JSONDecodeError as e:
            if e.pos == idx and e.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise


class make_encoder(object):
    """_iterencode(obj, _current_indent_level) -> iterable"""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError('make_encoder() argument 1 must be dict or None, not %.200s'
                            % type(markers).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        if self.markers is None or (self.encoder is not encode_basestring
                                    and self.encoder is not encode_basestring_ascii):
            return self._python(obj, _current_indent_level)
        ascii = self.encoder is not encode_basestring
        return [_encode(obj, self.skipkeys, ascii, self.markers is not None, self.allow_nan,
                        self.sort_keys, self.indent, self.item_separator, self.key_separator,
                        self.default)]

    def _python(self, obj, level):
        # without circularity checks (recursing until RecursionError) or with an encoder
        # function of the caller's: the Python encoder, its pieces checked to be str
        from json.encoder import _make_iterencode
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INF:
                text = 'Infinity'
            elif o == -_INF:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text
        it = _make_iterencode(self.markers, self.default, self.encoder, self.indent, floatstr,
                              self.key_separator, self.item_separator, self.sort_keys,
                              self.skipkeys, True)
        chunks = []
        for c in it(obj, level):
            if not isinstance(c, str):
                raise TypeError('encoder() must return a string, not %.80s' % type(c).__name__)
            chunks.append(c)
        return chunks


_INF = float('inf')
`;

definePythonModule('json.decoder', JSON_DECODER_SOURCE, { hideFrames: true });
definePythonModule('json.encoder', JSON_ENCODER_SOURCE, { hideFrames: true });
definePythonModule('json.scanner', JSON_SCANNER_SOURCE, { hideFrames: true });
definePythonModule('_json', JSON_JSON_SOURCE, { hideFrames: true, cTypes: { make_scanner: '_json', make_encoder: '_json' } });

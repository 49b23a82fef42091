// json.JSONEncoder, json.JSONDecoder and json.detect_encoding, as Python source run by pyvm
// itself (see python_source.ts), over json.ts's encoder (_encode) and scanner (_scan). json.ts
// sends here the calls its fast path does not take (cls=, decoder hooks, bytes input) and
// fetches the classes on first use (its module __getattr__), so `import json` and plain
// dumps/loads compile nothing.
//
// Written from the json documentation and CPython 3.11's observable behaviour; not CPython's
// Lib/json.

import { definePythonModule } from './python_source';

export const JSON_EXTRA_SOURCE = `
"""json's encoder and decoder classes."""

import json as _json
from json import JSONDecodeError, _encode, _encode_basestring, _scan


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures: override default() to serialize
    other objects (return something serializable, or call the base default to raise)."""

    __module__ = 'json.encoder'
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
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON string of o."""
        if isinstance(o, str):
            return _encode_basestring(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text in pieces."""
        text = _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, self.indent, self.item_separator, self.key_separator,
                       self.default)
        return iter((text,))


class _Constants:
    def __getitem__(self, name):
        return {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}[name]


_constant = _Constants().__getitem__


class JSONDecoder(object):
    """Simple JSON decoder; object_hook, object_pairs_hook, parse_float, parse_int and
    parse_constant customize what objects, numbers and constants become."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        """Return the Python object of the JSON document s (a str)."""
        i = 0
        n = len(s)
        while i < n and s[i] in ' \\t\\n\\r':
            i += 1
        obj, end = self.raw_decode(s, i)
        while end < n and s[end] in ' \\t\\n\\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; return (object, index after it)."""
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return _scan(s, idx, self.object_hook, self.object_pairs_hook,
                     None if pf is float else pf, None if pi is int else pi,
                     None if pc == _constant else pc, self.strict)


def detect_encoding(b):
    """The encoding of the JSON bytes b: from a byte-order mark, or from where the zero bytes
    of its first characters are (JSON text starts with ASCII)."""
    if b[:4] in (b'\\x00\\x00\\xfe\\xff', b'\\xff\\xfe\\x00\\x00'):
        return 'utf-32'
    if b[:2] in (b'\\xfe\\xff', b'\\xff\\xfe'):
        return 'utf-16'
    if b[:3] == b'\\xef\\xbb\\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


detect_encoding.__module__ = 'json'
_default_decoder = JSONDecoder()


def _dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
           cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def _loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
           parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
`;

definePythonModule('_json_extra', JSON_EXTRA_SOURCE, { hideFrames: true });

// json.detect_encoding and the calls json.ts's fast path does not take (cls=, decoder hooks,
// bytes input), as Python source run by pyvm itself (see python_source.ts); it imports the
// classes JSONEncoder and JSONDecoder and the submodules json.decoder, json.encoder and
// json.scanner (json_pkg_source.ts). json.ts fetches them from here on first use (its module
// __getattr__), so `import json` and plain dumps/loads compile nothing.
//
// Written from the json documentation and CPython 3.11's observable behaviour; not CPython's
// Lib/json.

import { definePythonModule } from './python_source';

export const JSON_EXTRA_SOURCE = `
"""json's encoder and decoder classes."""

import json as _json
from json import JSONDecodeError, _encode, _encode_basestring, _scan


from json.encoder import JSONEncoder
from json.decoder import JSONDecoder
import json.decoder as decoder
import json.encoder as encoder
import json.scanner as scanner


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

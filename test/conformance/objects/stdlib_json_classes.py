# json.JSONEncoder / json.JSONDecoder: cls= in dumps/loads, subclassing default(), decoder
# hooks, raw_decode, JSONDecodeError's attributes, detect_encoding and bytes input.
import json
from json import JSONEncoder, JSONDecoder, JSONDecodeError
from fractions import Fraction as Decimal
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({'p': Point(0, -1)}, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode(Point(5, 6)))
print(PointEncoder(separators=(',', ':')).encode([1, {'a': Point(1, 1)}]))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print(e)
try:
    json.dumps(1, foo=1)
except TypeError as e:
    print(e)


class Custom(JSONEncoder):
    def __init__(self, *, prefix='', **kw):
        super().__init__(**kw)
        self.prefix = prefix

    def encode(self, o):
        return self.prefix + super().encode(o)


print(json.dumps([1, 2], cls=Custom, prefix='>> '))

e = JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.indent, sorted(vars(e)))
e = JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
e = JSONEncoder(separators=(';', '='), sort_keys=True)
print(e.encode({'b': 1, 'a': [1, 2]}))
print(list(JSONEncoder().iterencode({'a': [1.5, None, True]})) in ([], [''] ) or ''.join(JSONEncoder().iterencode({'a': [1.5, None, True]})))
print(JSONEncoder().encode('caf\u00e9 "q"'), JSONEncoder(ensure_ascii=False).encode('caf\u00e9'))
print(JSONEncoder(default=repr).encode([Decimal('1.5')]))
print(JSONEncoder(skipkeys=True).encode({1: 'a', (1, 2): 'b', 'c': 3}))
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True))
try:
    JSONEncoder().encode({(1,): 2})
except TypeError as e:
    print(e)
try:
    JSONEncoder(allow_nan=False).encode(float('nan'))
except ValueError as e:
    print(e)
try:
    JSONEncoder(1)
except TypeError as e:
    print(e)


# decoding
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=Decimal))
print(json.loads('[1, 22, 333]', parse_int=lambda s: len(s)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('"a\tb"', strict=False) == 'a\tb')
try:
    json.loads('"a\tb"')
except JSONDecodeError as e:
    print(e)


class Upper(JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print(json.loads('["abc"]', cls=Upper))
d = JSONDecoder()
print(d.decode('  [1, "x"]  '))
print(d.raw_decode('{"a": 1} trailing'))
print(d.raw_decode('xx[1,2]', 2))
print(d.raw_decode('1 2'))
print(d.strict, d.parse_float is float, d.parse_int is int, d.object_hook, d.parse_constant('NaN'))
for doc in (' 1', '1 2', ''):
    try:
        d.raw_decode(doc) if doc == ' 1' else d.decode(doc)
    except JSONDecodeError as e:
        print(repr(e), e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
try:
    json.loads('1', foo=2)
except TypeError as e:
    print(e)

# JSONDecodeError
try:
    json.loads('{\n  "a": 1,\n  "b" 2}')
except ValueError as e:
    print(type(e).__name__, e)
    print(e.msg, e.pos, e.lineno, e.colno, e.doc == '{\n  "a": 1,\n  "b" 2}')
    print(e.args)
err = JSONDecodeError('Bad thing', 'ab\ncd', 4)
print(err, err.lineno, err.colno, err.__reduce__())
print(issubclass(JSONDecodeError, ValueError), JSONDecodeError.__module__)
try:
    JSONDecodeError('only msg')
except TypeError as e:
    print('TypeError')

# bytes and encodings
print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding(b'\xef\xbb\xbf[]'))
print(json.detect_encoding(b'\x00[\x00]'), json.detect_encoding(b'[\x00]\x00'))
print(json.detect_encoding(b'\x00\x00\x00['), json.detect_encoding(b'[\x00\x00\x00'))
print(json.detect_encoding(b'\xff\xfe[\x00'), json.detect_encoding(b'\x00\x00\xfe\xff'))
print(json.detect_encoding(b'\x001'), json.detect_encoding(b'1\x00'), json.detect_encoding(b'1'))
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(json.loads(b'\xef\xbb\xbf{"bom": true}'))
print(json.loads('[1, 2]'.encode('utf-16')))
for enc in ('utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig'):
    print(enc, json.loads('{"é": [1, "x"]}'.encode(enc)))
try:
    json.loads('\ufeff[1]')
except JSONDecodeError as e:
    print(e)
try:
    json.loads(12)
except TypeError as e:
    print(e)

import io
print(json.load(io.StringIO('[1.25]'), parse_float=Decimal))
buf = io.StringIO()
json.dump({'p': Point(3, 4)}, buf, cls=PointEncoder)
print(buf.getvalue())
print(JSONEncoder.__module__, JSONDecoder.__module__, json.detect_encoding.__name__)

# json: CPython's module layout (json.decoder, json.encoder, json.scanner, _json) and what
# test_json checks through it: the pure-Python scanstring/scanner/encoder and _json's versions,
# JSONDecoder's hooks through the scanner, the encoder with indent, int subclasses (IntEnum),
# str-only separators, integers longer than 400 digits and the int digit limit,
# make_encoder's argument checks, RecursionError without circularity checks.
import json
import json.decoder
import json.encoder
import json.scanner
import _json
import sys
from enum import IntEnum

print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecoder is json.decoder.JSONDecoder,
      json.JSONEncoder is json.encoder.JSONEncoder)
print(json.scanner.make_scanner.__module__, json.decoder.scanstring.__module__,
      json.encoder.encode_basestring_ascii.__module__, json.encoder.c_make_encoder.__module__)
print(json.decoder.py_scanstring.__module__, json.scanner.py_make_scanner.__module__,
      json.encoder.py_encode_basestring_ascii.__module__)
for f in (json.decoder.py_scanstring, json.decoder.scanstring):
    print(f('"abc\\n\\u00e9\\ud834\\udd20x" tail', 1), f('"a"', 1))
    for bad in ['"abc', '"a\\q"', '"\\u12"', '"a\x01"']:
        try:
            f(bad, 1)
        except json.JSONDecodeError as e:
            print(type(e).__name__, e.msg[:28], e.pos)
    print(f('"a\x01b"', 1, False))
for enc in (json.encoder.py_encode_basestring_ascii, json.encoder.encode_basestring_ascii,
            json.encoder.py_encode_basestring, json.encoder.encode_basestring):
    print(enc('a"b\\c\n\t\x00\u00e9\U0001d120'))

dec = json.JSONDecoder(object_pairs_hook=lambda p: ('pairs', p), parse_float=lambda s: ('f', s),
                       parse_int=lambda s: ('i', s), parse_constant=lambda s: ('c', s))
print(dec.decode('{"a": [1, 2.5, NaN, -Infinity, true, null], "b": {}}'))
print(json.JSONDecoder().raw_decode('[1, 2] extra', 0), json.JSONDecoder().raw_decode('xx{"k": 1}', 2))
print(json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: sorted(d.items())))
for doc in ['[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '', '  ', '{1: 2}', 'nul', '[1] [2]']:
    try:
        json.JSONDecoder(object_hook=dict).decode(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), e)
py_scan = json.scanner.py_make_scanner(json.JSONDecoder())
print(py_scan('[1, "x", {"y": 2.0}]', 0))
try:
    py_scan('?', 0)
except StopIteration as e:
    print('StopIteration', e.value)


class Fruit(IntEnum):
    APPLE = 1
    BIG = 1 << 100


print(json.dumps([Fruit.APPLE, Fruit.BIG]), json.dumps({Fruit.APPLE: Fruit.BIG}), json.dumps(Fruit.BIG))
print(json.dumps({'a': [1, {'b': None}], 'c': 'd'}, indent=2, cls=json.JSONEncoder))
print(json.dumps([1.5, float('inf')], cls=json.JSONEncoder, indent='\t'))
enc = json.JSONEncoder(indent=1, sort_keys=True, separators=(',', ':'))
print(''.join(enc.iterencode({'z': 1, 'a': [True, False, None]})))
for seps in [(b', ', ': '), (', ', b': ')]:
    try:
        json.dumps({1: 2}, separators=seps)
    except TypeError as e:
        print('TypeError', e)
big = '7' * 1000
print(json.loads(big) == int(big), json.loads('[' + big + '.5]')[0] > 1e300, len(str(json.loads('-' + big))))
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(6000)
print(len(str(json.loads('1' * 5000))))
sys.set_int_max_str_digits(4300)
try:
    _json.make_encoder([], None, json.encoder.encode_basestring, None, ': ', ', ', False, False, False)
except TypeError as e:
    print('TypeError', e)
bad = _json.make_encoder(None, lambda o: str(o), lambda *a: None, None, ': ', ', ', False, False, False)
for o in ['spam', {'spam': 42}]:
    try:
        bad(o, 4)
    except TypeError as e:
        print('TypeError', e)
ok = _json.make_encoder({}, None, json.encoder.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(ok([1, 'é', {'k': 2.5}], 0))


class Endless(json.JSONEncoder):
    def default(self, o):
        return [o]


try:
    Endless(check_circular=False).encode(5j)
except RecursionError:
    print('RecursionError')
try:
    Endless().encode(5j)
except ValueError as e:
    print('ValueError', e)
print(sorted(n for n in dir(json) if not n.startswith('_')))

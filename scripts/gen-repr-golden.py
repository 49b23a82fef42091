#!/usr/bin/env python3
"""Writes test/parser/golden/repr.json: CPython 3.11's repr() of floats, strs and bytes,
the oracle for runtime/float_repr.ts and runtime/str_repr.ts (test/parser/repr.test.ts).

Floats are given as their 64-bit pattern (hex) so that no decimal conversion sits between
CPython and the test. Run: python3 scripts/gen-repr-golden.py
"""
import json
import os
import random
import struct

rng = random.Random(20261125)
floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
          1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001, 0.00012345, 1e-7, 1.5e-7,
          1e22, 1e21, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          float('inf'), float('-inf'), float('nan'), 123.456, 100.0, 1e6, 3.14159, 2.5, 0.5,
          1e300 * 10, 4.35, 0.3, 1.1, 2.675, 9007199254740993.0, 123456789.0, 0.000123]
for _ in range(400):
    bits = rng.getrandbits(64)
    f = struct.unpack('>d', bits.to_bytes(8, 'big'))[0]
    floats.append(f)
for _ in range(300):
    floats.append(rng.uniform(-1e6, 1e6))
    floats.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    floats.append(rng.random() * 10 ** rng.randint(-30, 30))
for e in range(-25, 25):
    floats.append(10.0 ** e)
    floats.append(-(2.0 ** e))

float_cases = [[struct.pack('>d', f).hex(), repr(f)] for f in floats]

strs = ['', 'a', "it's", 'say "hi"', '\'"', 'back\\slash', 'tab\there', 'nl\nx\r',
        '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xa1\xad\xff', 'caf\u00e9', '\u2028\u2029', '\u3000 \u00a0',
        '\ud800', '\udfff x', '\U0001F600', '\U000E0001', '\U0010FFFF', '\U000F0000', '\ufeff',
        '\u200b\u200e', '\u0378', 'Привет', '日本語', '\U0001F926\u200d\u2642\ufe0f',
        '\u0600\u061c', '\U00013430', '\U0001FAF8', '\u1f2f', 'mixed \' and " quotes',
        '\U0001D400', '\u0085', '\x1b[0m', '\U000FFFFD']
for _ in range(200):
    n = rng.randint(0, 8)
    s = ''.join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0x3000),
                                rng.randint(0x3000, 0xffff), rng.randint(0x10000, 0x10ffff)]))
                for _ in range(n))
    # Adjacent surrogates would be ambiguous in JSON (they read back as one astral code point).
    if any(0xd800 <= ord(a) <= 0xdbff and 0xdc00 <= ord(b) <= 0xdfff for a, b in zip(s, s[1:])):
        continue
    strs.append(s)
str_cases = [[s, repr(s)] for s in strs]

byte_vals = [b'', b'abc', b"'", b'"', b'\'"', b'\\', b'\t\n\r\x00\x7f\x80\xff', bytes(range(256))]
for _ in range(50):
    byte_vals.append(bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 10))))
bytes_cases = [[list(b), repr(b)] for b in byte_vals]

out = os.path.join(os.path.dirname(__file__), '..', 'test', 'parser', 'golden', 'repr.json')
with open(out, 'w') as f:
    json.dump({'float': float_cases, 'str': str_cases, 'bytes': bytes_cases}, f, ensure_ascii=True, indent=0)
    f.write('\n')

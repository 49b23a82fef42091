#!/usr/bin/env python3
"""Writes frontend/unicode_names.z: CPython 3.11's Unicode character names (Unicode
14.0, unicodedata) for the \\N{...} escape in string literals, zlib-compressed. Names of the form PREFIX-HEX (CJK UNIFIED IDEOGRAPH-4E00, TANGUT IDEOGRAPH-17000,
...) are stored as code point ranges per prefix instead of one by one.

Format: zlib-deflated ASCII lines "NAME\\tHEX" and "PREFIX-\\tFIRST-LAST". The parser
loads it lazily (only when a literal contains \\N{), from the source tree. Run:
    python3 scripts/gen_unicode_names.py
"""
import os
import re
import sys
import unicodedata
import zlib

HEXNAME = re.compile(r'^(.*-)([0-9A-F]{4,6})$')
names = []
ranges = {}
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    m = HEXNAME.match(n)
    if m and int(m.group(2), 16) == cp:
        r = ranges.setdefault(m.group(1), [])
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
        continue
    names.append('%s\t%x' % (n, cp))
for prefix, rs in sorted(ranges.items()):
    for a, b in rs:
        names.append('%s\t%x-%x' % (prefix, a, b))
blob = zlib.compress('\n'.join(names).encode('ascii'), 9)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'frontend', 'unicode_names.z')
with open(out, 'wb') as f:
    f.write(blob)
print(len(names), len(blob))

#!/usr/bin/env python3
"""Regenerates test/runtime/goldens/lib_numbers.json: CPython 3.11's results for int, float
and complex operations (runtime/int_ops.ts, float_ops.ts, complex.ts, numeric.ts).

Each case is [op, args, expected]; values are encoded as in enc() below so that the
TypeScript side can tell 1 from 1.0 from True and compare floats through their repr."""
import json, math, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib_golden_common import enc  # noqa: E402

BIN = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b, '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b,
    '&': lambda a, b: a & b, '|': lambda a, b: a | b, '^': lambda a, b: a ^ b,
    'divmod': divmod,
}
CMP = {'<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b,
       '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}
UN = {'-': lambda a: -a, '+': lambda a: +a, '~': lambda a: ~a, 'abs': abs}
FUNCS = {
    'int_str': lambda s, base=10: int(s, base),
    'float_str': float,
    'round1': round,
    'round2': round,
    'int_repr': repr,
    'hash': hash,
    'as_integer_ratio': lambda x: x.as_integer_ratio(),
    'is_integer': lambda x: x.is_integer(),
    'pow3': pow,
    'float_of_int': float,
    'int_of_float': int,
    'complex_repr': repr,
    'bin': bin, 'oct': oct, 'hex': hex,
}

cases = []
def run(op, *args):
    if op in BIN: f = BIN[op]
    elif op in CMP: f = CMP[op]
    elif op.startswith('u') and op[1:] in UN: f = UN[op[1:]]
    else: f = FUNCS[op]
    try:
        r = enc(f(*args))
    except Exception as e:
        if isinstance(e, TypeError) and 'unsupported operand' in str(e) or "bad operand" in str(e):
            r = {"notimpl": True}
        else:
            r = {"err": f"{type(e).__name__}: {e}"}
    cases.append([op, [enc(a) for a in args], r])

ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2**31, -2**31, 2**31 - 1, 2**53 - 1, -(2**53 - 1),
        2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**64 + 5, -(2**70), 10**20, 12345678901234567890123,
        True, False]
floats = [0.0, -0.0, 0.5, -0.5, 1.5, -2.5, 3.0, 0.1, 1e16, 1e-7, 2.0**53, 1e300, -1e300,
          float('inf'), float('-inf'), float('nan'), 2.675, 7.0, -7.0]
small_ints = [0, 1, -1, 2, -3, 5, 7, -7, 13, True, False]

for op in BIN:
    for a in ints:
        for b in ints:
            if op in ('**', '<<') and not (isinstance(b, bool) or -3 <= b <= 70): continue
            if op == '**' and abs(a) > 2**64 and b > 5: continue
            run(op, a, b)
    for a in floats + small_ints[:6]:
        for b in floats + small_ints[:6]:
            if op == '**' and isinstance(a, int) and isinstance(b, int): continue
            run(op, a, b)
for op in CMP:
    for a in ints + floats:
        for b in ints + floats:
            run(op, a, b)
for op in UN:
    for a in ints + floats + [1+2j, -0.0-1j]:
        run('u' + op, a)
for a in [1+2j, 1j, -1j, 0j, complex(-0.0, -1), complex(-0.0, 0), 1.5-2.25j, complex(1e16, 1e-7),
          complex(float('nan'), float('inf')), complex(3, -0.0), 2+0j]:
    run('complex_repr', a)
    for b in [1+2j, 0j, 2, 0.5, -1, 3j, 101, 2.5]:
        for op in ['+', '-', '*', '/', '**', '==', '!=', '//']:
            run(op, a, b)
            run(op, b, a)
for s in ['0', '12', '-12', ' 42 ', '+7', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
          '0_0', '00', '010', 'x', '', ' ', '12a', '1 2', '٣', '１２', '99999999999999999999999',
          '-0', '0x', '0x_1f', '0b', 'z', 'Z', '\t10\n', '1.5', '\u00a05']:
    for base in [10, 0, 16, 2, 8, 36]:
        run('int_str', s, base)
for base in [1, 37, -1]:
    run('int_str', '1', base)
run('int_str', '1' * 5000)
run('int_str', 'f' * 5000, 16)
for s in ['1.5', ' -2.5e3 ', 'inf', '-Infinity', 'nan', 'NaN', '1_0.5', '1__0', '.5', '5.', '.', 'e5',
          '1e', 'x', '', '0x10', '1e500', '-1e-500', '+.5e-3', '1_000.000_1', 'infinity', 'in', '  12  ',
          '3.14159265358979323846264338327950288', '2.5E+3', '1,5']:
    run('float_str', s)
for x in floats + [0.49999999999999994, 1.5, 2.5, -1.5, -2.5, 1e22, 123456.5]:
    run('round1', x)
for x in [2.675, 1.005, 0.125, 0.375, -0.125, 1234.5678, 1e300, 5e-324, 0.5, 1.5, 2.5, 123456789.123,
          1.7976931348623157e308, -0.04, 0.0, float('inf'), float('nan'), 1e-10, 14.5, 15.5]:
    for n in [0, 1, 2, 3, -1, -2, 5, 15, 400, -400, -308, 320]:
        run('round2', x, n)
for x in [0, 5, 15, 25, 35, -25, 149, 150, 250, 251, 10**20 + 5 * 10**19, True]:
    for n in [0, 1, -1, -2, -20]:
        run('round2', x, n)
for x in ints[:-2] + [10**4299, -10**4300]:
    run('int_repr', x)
for x in ints + [2**61 - 1, 2**61, -(2**61), 2**100, -(2**100) - 7] + [f for f in floats if f == f] + [1.5e300, 2**-30, 3.25]:
    run('hash', x)
for x in [1+2j, 1j, 2.5-0.5j]:
    run('hash', x)
for x in floats + [1e-300, 5e-324]:
    run('as_integer_ratio', x)
    run('is_integer', x)
for a, b, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (2, 3, 0), (5, 3, -7), (-5, 3, 7), (2, 100, 2**64 + 1),
                (0, -1, 5), (7, 0, 1), (7, 0, -1), (10**30, 10**20, 97), (4, -2, 9)]:
    run('pow3', a, b, m)
for x in ints + [10**400, -10**400, 2**1024 - 2**970, 2**1024 - 2**969, 2**54 + 1, 2**54 + 3]:
    run('float_of_int', x)
for x in floats + [1e20, -1e20, 1.9, -1.9, 2.0**70]:
    run('int_of_float', x)
for x in ints[:-2] + [-255, 2**100]:
    for f in ['bin', 'oct', 'hex']:
        run(f, x)
# int / int true division beyond 2**53, exactly rounded
for a, b in [(2**60 + 1, 3), (10**30, 7), (-(10**40), 3), (2**1100, 2**100), (2**1100, 3), (1, 10**400),
             (10**400, 10**399), (2**54 + 1, 2), (2**54 + 3, 2), (12345678901234567890, 98765432109876543210)]:
    run('/', a, b)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'goldens', 'lib_numbers.json')
with open(out, 'w') as fh:
    json.dump({"python": sys.version.split()[0], "cases": cases}, fh, separators=(',', ':'))
print(f"{len(cases)} cases -> {out}")

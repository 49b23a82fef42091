// runtime/float_repr.ts and runtime/str_repr.ts against CPython 3.11's repr()
// (golden: test/parser/golden/repr.json from scripts/gen-repr-golden.py).
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../runtime/float_repr';
import { bytesRepr, strRepr } from '../../runtime/str_repr';

interface ReprGolden {
  float: [string, string][];
  str: [string, string][];
  bytes: [number[], string][];
}

const golden = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'golden', 'repr.json'), 'utf8'),
) as ReprGolden;

function doubleFromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0);
}

describe('floatRepr', () => {
  it(`matches CPython on ${golden.float.length} doubles`, () => {
    const bad: string[] = [];
    for (const [h, want] of golden.float) {
      const got = floatRepr(doubleFromHex(h));
      if (got !== want) bad.push(`${h}: got ${got}, want ${want}`);
    }
    expect(bad).toEqual([]);
  });
  it('covers the layout switch points', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-7)).toBe('1e-07');
    expect(floatRepr(1)).toBe('1.0');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(0.0001)).toBe('0.0001');
  });
});

describe('strRepr', () => {
  it(`matches CPython on ${golden.str.length} strings`, () => {
    const bad: string[] = [];
    for (const [s, want] of golden.str) {
      const got = strRepr(s);
      if (got !== want) bad.push(`${JSON.stringify(s)}: got ${got}, want ${want}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('bytesRepr', () => {
  it(`matches CPython on ${golden.bytes.length} byte strings`, () => {
    for (const [b, want] of golden.bytes) {
      expect(bytesRepr(Uint8Array.from(b))).toBe(want);
    }
  });
});

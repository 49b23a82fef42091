// The unicodedata module (runtime/modules/unicodedata.ts) against python3's (CPython 3.11,
// Unicode 14.0.0 and ucd_3_2_0) over ALL code points: each function's answers for chr(cp),
// block by block of 4096 code points, are hashed as scripts/gen_unicodedata.py hashes
// python3's (goldens/unicodedata.json; regenerate with that script), and normalization of
// 2000 random strings of characters that decompose, compose or reorder.
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { property, charName, normalizeStr, lookupName } from '../../runtime/modules/unicodedata_data';
import { floatRepr } from '../../runtime/float_repr';

interface Golden {
  blocks: Record<string, string[]>;
  old_blocks: Record<string, string[]>;
  strings: [string, string][];
  aliases: number;
  seqs: number;
}
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'unicodedata.json'), 'utf8')) as Golden;

const PROPS = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decimal', 'digit', 'numeric', 'decomposition'] as const;
const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'];

function hexs(s: string): string {
  return Array.from(s, (c) => c.codePointAt(0)!.toString(16)).join(' ');
}

function chr(cp: number): string {
  // A lone surrogate stays one UTF-16 unit, as pyvm's str keeps it.
  return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

function answer(fn: string, cp: number, old: boolean): string {
  if (fn === 'name') return charName(cp, old) ?? '-';
  if (fn === 'lookup_of_name') {
    const n = charName(cp, false);
    const r = n === undefined ? undefined : lookupName(n, old);
    return r === undefined ? '-' : hexs(r);
  }
  if (FORMS.includes(fn)) return hexs(normalizeStr(fn, chr(cp), old)!);
  const v = property(fn as (typeof PROPS)[number], cp, old);
  if (fn === 'numeric') return v === '' ? '-' : floatRepr(Number(v));
  if (fn === 'decimal' || fn === 'digit') return v === '' ? '-' : String(Number(v));
  return v;
}

function digest(text: string, n: number): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, n);
}

describe('unicodedata against python3 over all code points', () => {
  for (const [which, old] of [['blocks', false], ['old_blocks', true]] as const) {
    for (const fn of Object.keys(golden[which])) {
      it(`${old ? 'ucd_3_2_0.' : ''}${fn}`, () => {
        const bad: string[] = [];
        golden[which][fn].forEach((want, b) => {
          const lines: string[] = [];
          for (let cp = b * 4096; cp < (b + 1) * 4096; cp++) lines.push(answer(fn, cp, old));
          if (digest(lines.join('\n'), 16) !== want) bad.push(`block U+${(b * 4096).toString(16)}: ${lines.slice(0, 3).join(' | ')} ...`);
        });
        expect(bad.slice(0, 10)).toEqual([]);
      });
    }
  }

  it('normalization of random strings (14.0 and 3.2.0)', () => {
    const bad: string[] = [];
    for (const [hex, want] of golden.strings) {
      const s = String.fromCodePoint(...hex.split(' ').map((h) => parseInt(h, 16)));
      const row: string[] = [];
      for (const old of [false, true]) for (const form of FORMS) row.push(hexs(normalizeStr(form, s, old)!));
      if (digest(row.join('|'), 8) !== want) bad.push(`${hex}: ${row.join(' | ')}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('lookup inverts name; aliases and named sequences are all present', () => {
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const n = charName(cp, false);
      if (n !== undefined && lookupName(n, false) !== chr(cp)) bad.push(n);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(lookupName('LATIN CAPITAL LETTER GHA', false)).toBe('\u01a2');
    expect(lookupName('LATIN CAPITAL LETTER GHA', true)).toBeUndefined();
    expect(lookupName('latin small letter a with macron and grave', false)).toBe('\u0101\u0300');
    expect(lookupName('hangul syllable ga', false)).toBeUndefined();
    expect(lookupName('CJK UNIFIED IDEOGRAPH-04E00', false)).toBe('\u4e00');
    expect(lookupName('cjk compatibility ideograph-f90a', false)).toBe('\uf90a');
  });
});

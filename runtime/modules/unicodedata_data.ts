// The Unicode 14.0.0 data behind the unicodedata module (runtime/modules/unicodedata.ts) and
// its algorithms, with no Python objects: the property tables (runtime/modules/unicodedata.z,
// generated from python3's unicodedata by scripts/gen_unicodedata.py), names and lookup over
// frontend/unicode_names.z, and normalization (UAX #15 from the tables, not
// String.prototype.normalize, which follows Node's ICU Unicode version). Everything is read on
// first use only; requiring this file has no other effect, so runtime code may require it
// lazily for exact CPython 3.11 answers (e.g. property('numeric', cp, false) !== '' is
// str.isnumeric's test). `old` selects CPython's ucd_3_2_0 view (Unicode 3.2.0).
import * as fs from 'fs';
import * as path from 'path';

// ---------------------------------------------------------------------------------------------
// Tables

const N = 0x110000;

/** One property: value index by run (starts ascending). */
interface Prop {
  starts: Int32Array;
  idx: Uint16Array;
  values: string[];
}

/** ucd_3_2_0's differences from 14.0 for one property: ranges [first, last] with a value. */
interface OldProp {
  firsts: Int32Array;
  lasts: Int32Array;
  idx: Uint16Array;
  values: string[];
}

export type PropName = 'category' | 'bidirectional' | 'combining' | 'east_asian_width' | 'mirrored' | 'decimal' | 'digit' | 'numeric' | 'decomposition';

interface Data {
  props: Record<PropName, Prop>;
  old: Record<PropName | 'assigned', OldProp>;
  pairs: Map<number, number>; // (first << 21 | second) as a float key -> composite
  qc: Record<string, Int32Array>;
  nfdFix: Map<number, number[]>;
  nfdFixOld: Map<number, number[]>;
  aliases: Map<string, number>;
  seqs: Map<string, string>;
}

interface RawData {
  props: Record<PropName, [string[], number[]]>;
  old: Record<PropName | 'assigned', [string[], number[]]>;
  excl: number[];
  excl_old: number[];
  qc: Record<string, number[]>;
  nfd_fix: [number, number[]][];
  nfd_fix_old: [number, number[]][];
  aliases: [string, number][];
  seqs: [string, string][];
}

let data: Data | null = null;

function findFile(dir: string, name: string): string {
  // From the sources (runtime/modules, vitest) or from the build (dist/runtime/modules):
  // tsc does not copy data files, so the build reads them from the source tree.
  const candidates = [path.join(__dirname, name), path.join(__dirname, '..', '..', '..', dir, name), path.join(__dirname, '..', '..', dir, name)];
  const file = candidates.find((f) => fs.existsSync(f));
  if (file === undefined) throw new Error(`unicodedata: data file ${name} not found`);
  return file;
}

function inflate(file: string): string {
  const { inflateSync } = require('zlib') as typeof import('zlib');
  return inflateSync(fs.readFileSync(file)).toString('utf8');
}

function load(): Data {
  if (data !== null) return data;
  const raw = JSON.parse(inflate(findFile(path.join('runtime', 'modules'), 'unicodedata.z'))) as RawData;
  const props = {} as Record<PropName, Prop>;
  for (const [name, [values, runs]] of Object.entries(raw.props)) {
    const n = runs.length / 2;
    const starts = new Int32Array(n);
    const idx = new Uint16Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = at;
      at += runs[2 * i];
      idx[i] = runs[2 * i + 1];
    }
    props[name as PropName] = { starts, idx, values };
  }
  const old = {} as Record<PropName | 'assigned', OldProp>;
  for (const [name, [values, ranges]] of Object.entries(raw.old)) {
    const n = ranges.length / 3;
    const firsts = new Int32Array(n);
    const lasts = new Int32Array(n);
    const idx = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      firsts[i] = ranges[3 * i];
      lasts[i] = ranges[3 * i + 1];
      idx[i] = ranges[3 * i + 2];
    }
    old[name as PropName] = { firsts, lasts, idx, values };
  }
  // Canonical compositions: the two-character canonical decompositions NFC recomposes.
  const excl = new Set(raw.excl);
  const pairs = new Map<number, number>();
  const dec = props.decomposition;
  for (let i = 0; i < dec.starts.length; i++) {
    const v = dec.values[dec.idx[i]];
    if (v === '' || v.charCodeAt(0) === 0x3c) continue;
    const parts = v.split(' ');
    if (parts.length !== 2) continue;
    const end = i + 1 < dec.starts.length ? dec.starts[i + 1] : N;
    for (let cp = dec.starts[i]; cp < end; cp++) {
      if (!excl.has(cp)) pairs.set(pairKey(parseInt(parts[0], 16), parseInt(parts[1], 16)), cp);
    }
  }
  data = {
    props,
    old,
    pairs,
    qc: Object.fromEntries(Object.entries(raw.qc).map(([k, v]) => [k, Int32Array.from(v)])),
    nfdFix: new Map(raw.nfd_fix),
    nfdFixOld: new Map(raw.nfd_fix_old),
    aliases: new Map(raw.aliases),
    seqs: new Map(raw.seqs),
  };
  return data;
}

function pairKey(a: number, b: number): number {
  return a * 0x200000 + b;
}

function propValue(p: Prop, cp: number): string {
  const s = p.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return p.values[p.idx[lo]];
}

function oldValue(p: OldProp, cp: number): string | undefined {
  const f = p.firsts;
  let lo = 0;
  let hi = f.length - 1;
  if (hi < 0 || cp < f[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return cp <= p.lasts[lo] ? p.values[p.idx[lo]] : undefined;
}

/** Property `prop` of `cp` in Unicode 14.0 (old false) or in ucd_3_2_0 (old true). */
export function property(prop: PropName, cp: number, old: boolean): string {
  const d = load();
  if (old) {
    const v = oldValue(d.old[prop], cp);
    if (v !== undefined) return v;
  }
  return propValue(d.props[prop], cp);
}

/** Whether ucd_3_2_0 treats `cp` as unassigned while 14.0 assigns it. */
export function unassignedInOld(cp: number): boolean {
  return oldValue(load().old.assigned, cp) === '1';
}

// ---------------------------------------------------------------------------------------------
// Names

let names: Map<string, number> | null = null;
let cpNames: Map<number, string> | null = null;
let nameRanges: { prefix: string; first: number; last: number }[] = [];

function loadNames(): Map<string, number> {
  if (names !== null) return names;
  const text = inflate(findFile('frontend', 'unicode_names.z'));
  const m = new Map<string, number>();
  const r = new Map<number, string>();
  const rs: { prefix: string; first: number; last: number }[] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const name = line.slice(0, tab);
    const val = line.slice(tab + 1);
    const dash = val.indexOf('-');
    if (dash >= 0) {
      rs.push({ prefix: name, first: parseInt(val.slice(0, dash), 16), last: parseInt(val.slice(dash + 1), 16) });
    } else {
      const cp = parseInt(val, 16);
      m.set(name, cp);
      r.set(cp, name);
    }
  }
  nameRanges = rs;
  cpNames = r;
  names = m;
  return m;
}

/** The name of `cp` (CPython's unicodedata.name), or undefined. */
export function charName(cp: number, old: boolean): string | undefined {
  loadNames();
  if (old && unassignedInOld(cp)) return undefined;
  const n = cpNames!.get(cp);
  if (n !== undefined) return n;
  for (const r of nameRanges) if (cp >= r.first && cp <= r.last) return r.prefix + cp.toString(16).toUpperCase();
  return undefined;
}

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/**
 * The character(s) named `name` (CPython's unicodedata.lookup): names case-insensitively,
 * except the algorithmic Hangul syllables and CJK unified ideographs, which CPython reads
 * case-sensitively (with 4 or 5 upper-case hex digits); aliases and named sequences (14.0
 * only). ucd_3_2_0 (old) refuses the characters 3.2.0 did not have, except by their CJK
 * UNIFIED IDEOGRAPH-XXXX names, as CPython's _getcode. undefined if none.
 */
export function lookupName(name: string, old: boolean): string | undefined {
  const t = loadNames();
  const upper = name.toUpperCase();
  let cp: number | undefined;
  if (upper.startsWith(HANGUL_PREFIX)) {
    if (name.startsWith(HANGUL_PREFIX) && name === upper) cp = t.get(name);
  } else if (upper.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length);
    if (name.startsWith(CJK_PREFIX) && /^[0-9A-F]{4,5}$/.test(hex)) {
      const v = parseInt(hex, 16);
      // No ucd_3_2_0 check here: CPython accepts these names for ideographs 3.2.0 did not have.
      for (const r of nameRanges) if (r.prefix === CJK_PREFIX && v >= r.first && v <= r.last) return String.fromCodePoint(v);
    }
  } else {
    cp = t.get(upper);
    if (cp === undefined) {
      for (const r of nameRanges) {
        if (r.prefix !== CJK_PREFIX && upper.startsWith(r.prefix)) {
          const v = parseInt(upper.slice(r.prefix.length), 16);
          if (v >= r.first && v <= r.last && upper === r.prefix + v.toString(16).toUpperCase()) cp = v;
        }
      }
    }
    if (cp === undefined && !old) {
      const d = load();
      cp = d.aliases.get(upper);
      if (cp === undefined) return d.seqs.get(upper);
    }
  }
  if (cp === undefined || (old && unassignedInOld(cp))) return undefined;
  return String.fromCodePoint(cp);
}

// ---------------------------------------------------------------------------------------------
// Normalization (UAX #15)

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoints(cps: number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

function ccc(cp: number): number {
  // CPython reorders with the current version's combining classes for ucd_3_2_0 too.
  return Number(propValue(load().props.combining, cp));
}

function decomposeOne(cp: number, compat: boolean, old: boolean, fixes: Map<number, number[]>, out: number[]): void {
  const si = cp - S_BASE;
  if (si >= 0 && si < S_COUNT) {
    out.push(L_BASE + Math.floor(si / N_COUNT), V_BASE + Math.floor((si % N_COUNT) / T_COUNT));
    if (si % T_COUNT !== 0) out.push(T_BASE + (si % T_COUNT));
    return;
  }
  const fix = fixes.get(cp);
  if (fix !== undefined) {
    // ucd_3_2_0's normalization corrections: the NFD python3 gives, decomposed further for NFKD.
    for (const c of fix) {
      if (c === cp) out.push(c);
      else decomposeOne(c, compat, old, fixes, out);
    }
    return;
  }
  if (old && unassignedInOld(cp)) {
    out.push(cp);
    return;
  }
  const dec = property('decomposition', cp, old);
  if (dec === '' || (!compat && dec.charCodeAt(0) === 0x3c)) {
    out.push(cp);
    return;
  }
  for (const part of dec.split(' ')) {
    if (part.charCodeAt(0) !== 0x3c) decomposeOne(parseInt(part, 16), compat, old, fixes, out);
  }
}

function decompose(cps: number[], compat: boolean, old: boolean): number[] {
  const d = load();
  const fixes = old ? d.nfdFixOld : d.nfdFix;
  const out: number[] = [];
  for (const cp of cps) decomposeOne(cp, compat, old, fixes, out);
  // Canonical ordering: a stable sort of each run of non-starters by combining class.
  for (let i = 0; i < out.length; i++) {
    const c = ccc(out[i]);
    if (c === 0) continue;
    let j = i;
    while (j + 1 < out.length && ccc(out[j + 1]) !== 0) j++;
    if (j > i) {
      const run = out.slice(i, j + 1).map((cp, k) => [cp, ccc(cp), k]);
      run.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
      for (let k = 0; k < run.length; k++) out[i + k] = run[k][0];
    }
    i = j;
  }
  return out;
}

function composePair(a: number, b: number): number | undefined {
  const li = a - L_BASE;
  if (li >= 0 && li < L_COUNT) {
    const vi = b - V_BASE;
    if (vi >= 0 && vi < V_COUNT) return S_BASE + (li * V_COUNT + vi) * T_COUNT;
    return undefined;
  }
  const si = a - S_BASE;
  if (si >= 0 && si < S_COUNT && si % T_COUNT === 0) {
    const ti = b - T_BASE;
    if (ti > 0 && ti < T_COUNT) return a + ti;
    return undefined;
  }
  return load().pairs.get(pairKey(a, b));
}

function compose(d: number[]): number[] {
  if (d.length === 0) return d;
  let starterPos = 0;
  let starter = d[0];
  let lastClass = ccc(starter);
  if (lastClass !== 0) lastClass = 256;
  let out = 1;
  for (let i = 1; i < d.length; i++) {
    const ch = d[i];
    const chClass = ccc(ch);
    const composite = composePair(starter, ch);
    if (composite !== undefined && (lastClass < chClass || lastClass === 0)) {
      d[starterPos] = composite;
      starter = composite;
      continue;
    }
    if (chClass === 0) {
      starterPos = out;
      starter = ch;
    }
    lastClass = chClass;
    d[out++] = ch;
  }
  d.length = out;
  return d;
}

/** CPython's is_normalized_quickcheck(..., yes_only) === YES: every character's check is YES, combining classes in order. */
export function quickCheckYes(form: string, s: string): boolean {
  const notYes = load().qc[form];
  let prev = 0;
  for (const cp of codePoints(s)) {
    const c = ccc(cp);
    if (c !== 0 && prev > c) return false;
    prev = c;
    let lo = 0;
    let hi = notYes.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < notYes[2 * mid]) hi = mid - 1;
      else if (cp > notYes[2 * mid + 1]) lo = mid + 1;
      else return false;
    }
  }
  return true;
}

/** unicodedata.normalize(form, s); undefined for an invalid form. */
export function normalizeStr(form: string, s: string, old: boolean): string | undefined {
  let compat: boolean;
  let comp: boolean;
  switch (form) {
    case 'NFC': compat = false; comp = true; break;
    case 'NFKC': compat = true; comp = true; break;
    case 'NFD': compat = false; comp = false; break;
    case 'NFKD': compat = true; comp = false; break;
    default: return undefined;
  }
  if (s.length === 0) return s;
  // ASCII is invariant under every form.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  const d = decompose(codePoints(s), compat, old);
  return fromCodePoints(comp ? compose(d) : d);
}

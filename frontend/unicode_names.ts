// Unicode character names for the \N{...} escape (CPython's unicodedata lookup, as
// used by the string-literal decoder). The table (frontend/unicode_names.z, generated
// from CPython 3.11 by scripts/gen_unicode_names.py) is read and decoded on first use
// only, so programs without \N{...} escapes never pay for it. It stays in the source
// tree (tsc does not copy it): the compiled module finds it from dist/frontend/.
import * as fs from 'fs';
import * as path from 'path';

let table: Map<string, number> | null = null;
let ranges: { prefix: string; first: number; last: number }[] = [];

function load(): Map<string, number> {
  if (table !== null) return table;
  const candidates = [path.join(__dirname, 'unicode_names.z'), path.join(__dirname, '..', '..', 'frontend', 'unicode_names.z')];
  const file = candidates.find((f) => fs.existsSync(f));
  if (file === undefined) {
    table = new Map();
    return table;
  }
  // zlib is required here, not at import: loading it costs ~3 ms of every start-up.
  const { inflateSync } = require('zlib') as typeof import('zlib');
  const text = inflateSync(fs.readFileSync(file)).toString('ascii');
  const m = new Map<string, number>();
  const rs: { prefix: string; first: number; last: number }[] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const name = line.slice(0, tab);
    const val = line.slice(tab + 1);
    const dash = val.indexOf('-');
    if (dash >= 0) rs.push({ prefix: name, first: parseInt(val.slice(0, dash), 16), last: parseInt(val.slice(dash + 1), 16) });
    else m.set(name, parseInt(val, 16));
  }
  ranges = rs;
  table = m;
  return m;
}

/** The code point named `name` (case-insensitive, as CPython's \N{...}), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const t = load();
  const cp = t.get(upper);
  if (cp !== undefined) return cp;
  for (const r of ranges) {
    if (upper.startsWith(r.prefix)) {
      const hex = upper.slice(r.prefix.length);
      if (!/^[0-9A-F]{4,6}$/.test(hex)) continue;
      const v = parseInt(hex, 16);
      if (v >= r.first && v <= r.last) return v;
    }
  }
  return undefined;
}

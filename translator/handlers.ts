// The exception table as the translator sees it: a list of protected ranges in byte offsets.
//
// A thin adapter over M's frontend/exceptiontable.ts (the one decoder of the 3.11 format), so
// that the translator's analysis has a single, stable shape to read.

import { HandlerEntry } from './analysis';

/** Decode co_exceptiontable into byte-offset ranges. */
export function decodeExceptionTable(table: Uint8Array): HandlerEntry[] {
  // TEMPORARY until frontend/exceptiontable.ts lands: 3.11's varint format (6-bit groups,
  // bit 6 = continue, bit 7 = start of an entry); values are in code units.
  const out: HandlerEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = table[p++];
    let v = b & 63;
    while (b & 64) {
      b = table[p++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < table.length) {
    const start = varint() * 2;
    const length = varint() * 2;
    const target = varint() * 2;
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

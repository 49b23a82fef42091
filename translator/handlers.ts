// The exception table as the translator sees it: protected ranges in byte offsets.
//
// A thin adapter over M's frontend/exceptiontable.ts (the one decoder of the 3.11 format, which
// counts in code units), so that the analysis works in the byte offsets dis shows.

import { HandlerEntry } from './analysis';
import { decodeExceptionTable as decodeUnits } from '../frontend/exceptiontable';

/** Decode co_exceptiontable into byte-offset ranges. */
export function decodeExceptionTable(table: Uint8Array): HandlerEntry[] {
  return decodeUnits(table).map((e) => ({
    start: e.start * 2,
    end: e.end * 2,
    target: e.target * 2,
    depth: e.depth,
    lasti: e.lasti,
  }));
}

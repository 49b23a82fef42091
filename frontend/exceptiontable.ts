// co_exceptiontable: CPython 3.11's exception table (Objects/exception_handling_notes.txt),
// decoder and encoder.
//
// UNITS: every offset in an ExceptionTableEntry is in CODE UNITS (2-byte units of
// co_code), as stored in the table; `end` is exclusive. Multiply by 2 for the byte
// offsets dis prints (dis shows `start*2 to end*2-2 -> target*2 [depth] lasti`).
//
// Each entry is four numbers: start, size (end - start), target, depth_lasti
// (depth << 1 | lasti). Each number is written in 6-bit groups, MOST significant group
// first, bit 0x40 meaning "more follows"; the first byte of an entry also has bit 0x80
// set. Entries are sorted by start and do not overlap. When an exception is raised at
// unit `i`, the handler is the entry with start <= i < end: the stack is popped to
// `depth` items, f_lasti is pushed if `lasti`, then the exception, and execution
// continues at `target`. No entry: the exception propagates out of the frame.

export interface ExceptionTableEntry {
  /** First covered code unit. */
  start: number;
  /** One past the last covered code unit. */
  end: number;
  /** Handler's code unit. */
  target: number;
  /** Stack depth to unwind to before pushing (lasti and) the exception. */
  depth: number;
  /** Push the raising instruction's offset (f_lasti) before the exception. */
  lasti: boolean;
}

export class ExceptionTableError extends Error {}

/** Decodes co_exceptiontable (dis._parse_exception_table, but in code units). */
export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let i = 0;
  const item = (first: boolean): number => {
    if (i >= table.length) throw new ExceptionTableError('truncated co_exceptiontable');
    let b = table[i++];
    if (first !== ((b & 0x80) !== 0)) throw new ExceptionTableError(`bad co_exceptiontable entry at byte ${i - 1}`);
    let v = b & 63;
    while (b & 64) {
      if (i >= table.length) throw new ExceptionTableError('truncated co_exceptiontable');
      b = table[i++];
      v = v * 64 + (b & 63);
    }
    return v;
  };
  while (i < table.length) {
    const start = item(true);
    const size = item(false);
    const target = item(false);
    const dl = item(false);
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) !== 0 });
  }
  return out;
}

function writeItem(out: number[], value: number, msb: number): void {
  if (value < 0 || value >= 1 << 30) throw new ExceptionTableError(`exception table value out of range: ${value}`);
  // Groups from the most significant; only the first byte written carries the 0x80 marker.
  let started = false;
  for (const shift of [24, 18, 12, 6]) {
    if (started || value >= 1 << shift) {
      out.push(((value >> shift) & 63) | 64 | (started ? 0 : msb));
      started = true;
    }
  }
  out.push((value & 63) | (started ? 0 : msb));
}

/** Encodes entries (code units) as compile.c's assemble_emit_exception_table_entry. */
export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    if (e.end <= e.start) throw new ExceptionTableError(`empty exception table range ${e.start}..${e.end}`);
    writeItem(out, e.start, 0x80);
    writeItem(out, e.end - e.start, 0);
    writeItem(out, e.target, 0);
    writeItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

/** The handler covering code unit `unit`, or null (get_exception_handler in ceval.c). */
export function findHandler(entries: readonly ExceptionTableEntry[], unit: number): ExceptionTableEntry | null {
  // Sorted and non-overlapping: binary search on start.
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid];
    if (unit < e.start) hi = mid - 1;
    else if (unit >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}

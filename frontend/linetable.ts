// co_linetable: CPython 3.11's location table (Objects/locations.md), decoder and encoder.
//
// The table is a sequence of entries, each covering 1..8 code units (2-byte units of
// co_code) that share one source location. An entry's first byte has bit 7 set, the
// 4-bit form code in bits 3..6 and (units - 1) in bits 0..2. Lines are deltas from the
// previous entry's line, starting at co_firstlineno. Forms (code: extra bytes):
//   0..9   short:     1 byte: line unchanged; col = code*8 + (b >> 4), endCol = col + (b & 15)
//   10..12 one line:  2 bytes col, endCol; line delta = code - 10; endLine = line
//   13     no column: svarint line delta; endLine = line; col, endCol = None
//   14     long:      svarint line delta, varint endLine - line, varint col+1, varint endCol+1
//                     (0 means None)
//   15     none:      no location at all (line None); the running line is unchanged
// varint: 6-bit groups, least significant first, 0x40 = more follows.
// svarint: varint of (|v| << 1) | (v < 0).
//
// decodeLocations gives one Position per code unit (co_positions()); coLines gives the
// (start, end, line) byte ranges of co_lines() (one per entry, as 3.11: not merged); findLinestarts gives dis.findlinestarts.
// encodeLocations is the assembler's side (compile.c write_location_info_entry).

/** A source location; null where CPython has None (-1 inside the C compiler). */
export interface Position {
  line: number | null;
  endLine: number | null;
  col: number | null;
  endCol: number | null;
}

const NO_POSITION: Position = Object.freeze({ line: null, endLine: null, col: null, endCol: null });

export const PY_CODE_LOCATION_INFO_SHORT0 = 0;
export const PY_CODE_LOCATION_INFO_ONE_LINE0 = 10;
export const PY_CODE_LOCATION_INFO_ONE_LINE1 = 11;
export const PY_CODE_LOCATION_INFO_ONE_LINE2 = 12;
export const PY_CODE_LOCATION_INFO_NO_COLUMNS = 13;
export const PY_CODE_LOCATION_INFO_LONG = 14;
export const PY_CODE_LOCATION_INFO_NONE = 15;

export class LinetableError extends Error {}

/** One table entry: `units` code units sharing `pos`. */
export interface LocationEntry {
  units: number;
  pos: Position;
}

/** Decodes co_linetable into its entries (each 1..8 code units). */
export function decodeEntries(table: Uint8Array, firstlineno: number): LocationEntry[] {
  const out: LocationEntry[] = [];
  let i = 0;
  let line = firstlineno;
  const next = (): number => {
    if (i >= table.length) throw new LinetableError('truncated co_linetable');
    return table[i++];
  };
  const varint = (): number => {
    let b = next();
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = next();
      shift += 6;
      val += (b & 63) * 2 ** shift;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -Math.floor(u / 2) : Math.floor(u / 2);
  };
  while (i < table.length) {
    const first = next();
    if (!(first & 0x80)) throw new LinetableError(`bad co_linetable entry start at byte ${i - 1}`);
    const code = (first >> 3) & 15;
    const units = (first & 7) + 1;
    let pos: Position;
    if (code === PY_CODE_LOCATION_INFO_NONE) {
      pos = NO_POSITION;
    } else if (code === PY_CODE_LOCATION_INFO_LONG) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      pos = { line, endLine, col: col < 0 ? null : col, endCol: endCol < 0 ? null : endCol };
    } else if (code === PY_CODE_LOCATION_INFO_NO_COLUMNS) {
      line += svarint();
      pos = { line, endLine: line, col: null, endCol: null };
    } else if (code >= PY_CODE_LOCATION_INFO_ONE_LINE0) {
      line += code - PY_CODE_LOCATION_INFO_ONE_LINE0;
      const col = next();
      const endCol = next();
      pos = { line, endLine: line, col, endCol };
    } else {
      const b = next();
      const col = code * 8 + ((b >> 4) & 7);
      pos = { line, endLine: line, col, endCol: col + (b & 15) };
    }
    out.push({ units, pos });
  }
  return out;
}

/** co_positions(): one Position per code unit of co_code (nUnits = co_code.length / 2). */
export function decodeLocations(table: Uint8Array, firstlineno: number, nUnits: number): Position[] {
  const out: Position[] = [];
  for (const e of decodeEntries(table, firstlineno)) {
    for (let k = 0; k < e.units; k++) out.push(e.pos);
  }
  // Code units the table does not cover have no location (CPython yields None there).
  while (out.length < nUnits) out.push(NO_POSITION);
  out.length = nUnits;
  return out;
}

/** One co_lines() range: bytes [start, end) have source line `line` (null: none). */
export interface LineRange {
  start: number;
  end: number;
  line: number | null;
}

/** co_lines(): one byte range per table entry, not merged (3.11's lineiter_next). */
export function coLines(table: Uint8Array, firstlineno: number): LineRange[] {
  const out: LineRange[] = [];
  let addr = 0;
  for (const e of decodeEntries(table, firstlineno)) {
    const end = addr + e.units * 2;
    out.push({ start: addr, end, line: e.pos.line });
    addr = end;
  }
  return out;
}

/** dis.findlinestarts: byte offset -> line, where a new line starts. */
export function findLinestarts(table: Uint8Array, firstlineno: number): Map<number, number> {
  const m = new Map<number, number>();
  let last: number | null = null;
  for (const r of coLines(table, firstlineno)) {
    if (r.line !== null && r.line !== last) {
      last = r.line;
      m.set(r.start, r.line);
    }
  }
  return m;
}

/** The source line of the code unit at byte offset `offset` (PyCode_Addr2Line), or null. */
export function addr2line(table: Uint8Array, firstlineno: number, offset: number): number | null {
  let addr = 0;
  for (const e of decodeEntries(table, firstlineno)) {
    addr += e.units * 2;
    if (offset < addr) return e.pos.line;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Encoder (compile.c: assemble_emit_location / write_location_info_entry)

/** An instruction's location as the assembler sees it: size in code units (EXTENDED_ARG
 * prefixes and CACHE entries included) and its position. */
export interface InstrLocation {
  units: number;
  pos: Position;
}

class TableWriter {
  bytes: number[] = [];
  first(code: number, units: number): void {
    this.bytes.push(0x80 | (code << 3) | (units - 1));
  }
  varint(v: number): void {
    while (v >= 64) {
      this.bytes.push(64 | (v & 63));
      v = Math.floor(v / 64);
    }
    this.bytes.push(v);
  }
  svarint(v: number): void {
    this.varint(v < 0 ? (-v * 2) | 1 : v * 2);
  }
}

/**
 * Builds co_linetable from the instructions' locations, byte for byte as CPython 3.11's
 * assembler: an instruction longer than 8 code units is split into entries of 8.
 */
export function encodeLocations(instrs: readonly InstrLocation[], firstlineno: number): Uint8Array {
  const w = new TableWriter();
  let prevLine = firstlineno;
  const entry = (p: Position, units: number): void => {
    const line = p.line ?? -1;
    if (line < 0) {
      w.first(PY_CODE_LOCATION_INFO_NONE, units);
      return;
    }
    const endLine = p.endLine ?? -1;
    const col = p.col ?? -1;
    const endCol = p.endCol ?? -1;
    const delta = line - prevLine;
    if (col < 0 || endCol < 0) {
      if (endLine === line || endLine === -1) {
        w.first(PY_CODE_LOCATION_INFO_NO_COLUMNS, units);
        w.svarint(delta);
        prevLine = line;
        return;
      }
    } else if (endLine === line) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        w.first(PY_CODE_LOCATION_INFO_SHORT0 + (col >> 3), units);
        w.bytes.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        w.first(PY_CODE_LOCATION_INFO_ONE_LINE0 + delta, units);
        w.bytes.push(col, endCol);
        prevLine = line;
        return;
      }
    }
    w.first(PY_CODE_LOCATION_INFO_LONG, units);
    w.svarint(delta);
    w.varint(Math.max(0, endLine - line)); // CPython asserts endLine >= line
    w.varint(col + 1);
    w.varint(endCol + 1);
    prevLine = line;
  };
  for (const ins of instrs) {
    let n = ins.units;
    while (n > 8) {
      entry(ins.pos, 8);
      n -= 8;
    }
    entry(ins.pos, n);
  }
  return Uint8Array.from(w.bytes);
}

// marshal: CPython 3.11's serialisation format (Python/marshal.c, version 4) and .pyc files.
//
// loads() reads everything CPython 3.11 writes into pyvm values (runtime/object.ts) and
// code objects (frontend/code.ts); dumps() writes them back so pyvm can produce .pyc files
// and tests can round-trip. loadPyc()/dumpPyc() add the 16-byte .pyc header
// (importlib._bootstrap_external: magic, flags, then mtime+size or a source hash).
//
// Format summary (every multi-byte number little-endian):
//   one type byte, whose bit 0x80 (FLAG_REF) says "remember this object": it gets the next
//   index in the reference table, and TYPE_REF ('r', int32 index) later stands for it.
//   The index is taken when the type byte is read, BEFORE a container's contents are
//   read (marshal.c's r_ref_reserve / R_REF), so nested objects number after their parent.
//   Strings: 'u' (int32 length + UTF-8, surrogates allowed), 't' (same, interned),
//   'a'/'A' (int32 length + ASCII), 'z'/'Z' (1-byte length + ASCII).
//   Ints: 'i' (int32), 'l' (int32 digit count n, sign = sign of n, |n| 15-bit digits as
//   uint16, least significant first). Floats 'g' (binary64), complex 'y' (two binary64),
//   old text forms 'f'/'x' (1-byte length + ASCII repr) are read too.
//   Containers: '(' (int32 n), ')' (1-byte n), '[' list, '{' dict (pairs until '0'),
//   '<' set, '>' frozenset. Code: 'c' (see readCode). Singletons: 'N' 'T' 'F' '.' 'S'.
//
// Errors: anything malformed (truncated data, unknown type byte, bad reference, wrong
// .pyc magic) raises MarshalError with a message naming the problem; never a JS crash.

import { CodeObject } from './code';
import {
  Ellipsis,
  None,
  PyBase,
  PyBytes,
  PyComplex,
  PyFloat,
  PyFrozenSet,
  PyObject,
  PyTuple,
} from '../runtime/object';

export class MarshalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarshalError';
  }
}

/** The .pyc magic number of CPython 3.11 (final releases): 3495, then b'\r\n'. */
export const MAGIC_NUMBER_311 = 3495;
export const MAGIC_BYTES_311 = new Uint8Array([MAGIC_NUMBER_311 & 0xff, MAGIC_NUMBER_311 >> 8, 0x0d, 0x0a]);

const TYPE_NULL = 0x30; // '0'
const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_STOPITER = 0x53; // 'S'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_INT64 = 0x49; // 'I' (only written by old Pythons)
const TYPE_FLOAT = 0x66; // 'f'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_COMPLEX = 0x78; // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_STRING = 0x73; // 's' (bytes)
const TYPE_INTERNED = 0x74; // 't'
const TYPE_REF = 0x72; // 'r'
const TYPE_TUPLE = 0x28; // '('
const TYPE_LIST = 0x5b; // '['
const TYPE_DICT = 0x7b; // '{'
const TYPE_CODE = 0x63; // 'c'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_UNKNOWN = 0x3f; // '?'
const TYPE_SET = 0x3c; // '<'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_ASCII = 0x61; // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const FLAG_REF = 0x80;

/** marshal.c's MAX_MARSHAL_STACK_DEPTH: deeper nesting is rejected, not a JS stack overflow. */
const MAX_DEPTH = 2000;

/**
 * Builds list/dict/set values, which have no representation in runtime/object.ts (they
 * belong to the runtime's container module). Code objects never contain them; a caller
 * that wants them (e.g. a `marshal` module) passes these hooks.
 */
export interface MarshalHooks {
  list?(items: PyObject[]): PyObject;
  dict?(pairs: [PyObject, PyObject][]): PyObject;
  set?(items: PyObject[]): PyObject;
  stopIteration?(): PyObject;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** An int in pyvm's representation: number when safe, else bigint (runtime/object.ts). */
function normInt(v: bigint): number | bigint {
  return v <= SAFE && v >= -SAFE ? Number(v) : v;
}

function typeName(t: number): string {
  return t >= 0x20 && t < 0x7f ? `'${String.fromCharCode(t)}'` : `0x${t.toString(16).padStart(2, '0')}`;
}

/** UTF-8 decoding that, like CPython's "surrogatepass", accepts encoded lone surrogates. */
export function utf8DecodeSurrogatePass(b: Uint8Array, where: string): string {
  let out = '';
  let chunk: number[] = [];
  const bad = (i: number): never => {
    throw new MarshalError(`bad marshal data (invalid UTF-8 in ${where} at byte ${i})`);
  };
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c >= 0xc2 && c < 0xe0) {
      if (i + 1 >= b.length || (b[i + 1] & 0xc0) !== 0x80) bad(i);
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0) {
      if (i + 2 >= b.length || (b[i + 1] & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80) bad(i);
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      if (cp < 0x800) bad(i);
      i += 3;
    } else if (c >= 0xf0 && c < 0xf5) {
      if (i + 3 >= b.length || (b[i + 1] & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80 || (b[i + 3] & 0xc0) !== 0x80) bad(i);
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) bad(i);
      i += 4;
    } else {
      return bad(i);
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** UTF-8 encoding with "surrogatepass": a lone surrogate is encoded as 3 bytes. */
export function utf8EncodeSurrogatePass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** marshal.c's RFILE: a cursor over the input plus the reference table. */
class Reader {
  pos = 0;
  depth = 0;
  readonly refs: (PyObject | undefined)[] = [];
  private readonly view: DataView;

  constructor(readonly data: Uint8Array, readonly hooks: MarshalHooks) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.data.length) {
      throw new MarshalError(`marshal data too short (truncated ${what} at offset ${this.pos})`);
    }
  }
  byte(what: string): number {
    this.need(1, what);
    return this.data[this.pos++];
  }
  int32(what: string): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  float64(what: string): number {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  bytes(n: number, what: string): Uint8Array {
    if (n < 0) throw new MarshalError(`bad marshal data (negative ${what} size ${n})`);
    this.need(n, what);
    // A copy in a plain Uint8Array: `data` may be a Node Buffer, whose slice() shares memory
    // (a bytes constant would then alias the file's buffer, and bytearray(constant), which
    // copies with slice(), would write through to the constant).
    const b = new Uint8Array(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return b;
  }
  size(what: string): number {
    const n = this.int32(what + ' size');
    if (n < 0) throw new MarshalError(`bad marshal data (${what} size out of range)`);
    return n;
  }

  /** r_object */
  object(): PyObject {
    if (++this.depth > MAX_DEPTH) throw new MarshalError('recursion limit exceeded (marshal data nested too deeply)');
    try {
      return this.objectBody();
    } finally {
      this.depth--;
    }
  }

  private objectBody(): PyObject {
    const start = this.pos;
    const code = this.byte('type code');
    const flag = (code & FLAG_REF) !== 0;
    const type = code & ~FLAG_REF;
    let idx = -1;
    // Reserve the reference slot first: a container's children are numbered after it.
    if (flag) {
      idx = this.refs.length;
      this.refs.push(undefined);
    }
    const v = this.readTyped(type, start);
    if (flag) this.refs[idx] = v;
    return v;
  }

  private ascii(n: number, what: string): string {
    if (n < 0) throw new MarshalError(`bad marshal data (negative ${what} size ${n})`);
    this.need(n, what);
    const start = this.pos;
    this.pos += n;
    // CPython decodes these one byte per character (latin-1); Buffer does that natively.
    return Buffer.from(this.data.buffer, this.data.byteOffset + start, n).toString('latin1');
  }

  private readTyped(type: number, start: number): PyObject {
    switch (type) {
      case TYPE_NONE:
        return None;
      case TYPE_TRUE:
        return true;
      case TYPE_FALSE:
        return false;
      case TYPE_ELLIPSIS:
        return Ellipsis;
      case TYPE_STOPITER:
        if (this.hooks.stopIteration) return this.hooks.stopIteration();
        throw new MarshalError('marshal data contains StopIteration, which pyvm cannot load here');
      case TYPE_NULL:
        throw new MarshalError(`bad marshal data (NULL object at offset ${start})`);
      case TYPE_INT:
        return this.int32('int');
      case TYPE_INT64: {
        this.need(8, 'int64');
        const v = new DataView(this.data.buffer, this.data.byteOffset + this.pos, 8).getBigInt64(0, true);
        this.pos += 8;
        return normInt(v);
      }
      case TYPE_LONG:
        return this.long();
      case TYPE_FLOAT:
        return new PyFloat(this.textFloat());
      case TYPE_BINARY_FLOAT:
        return new PyFloat(this.float64('float'));
      case TYPE_COMPLEX: {
        const re = this.textFloat();
        return new PyComplex(re, this.textFloat());
      }
      case TYPE_BINARY_COMPLEX: {
        const re = this.float64('complex');
        return new PyComplex(re, this.float64('complex'));
      }
      case TYPE_STRING:
        return new PyBytes(this.bytes(this.size('bytes'), 'bytes'));
      case TYPE_UNICODE:
      case TYPE_INTERNED:
        return this.utf8(this.size('str'));
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED:
        return this.ascii(this.size('str'), 'str');
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED:
        return this.ascii(this.byte('str size'), 'str');
      case TYPE_TUPLE:
        return new PyTuple(this.items(this.size('tuple'), 'tuple'));
      case TYPE_SMALL_TUPLE:
        return new PyTuple(this.items(this.byte('tuple size'), 'tuple'));
      case TYPE_FROZENSET:
        return new PyFrozenSet(this.items(this.size('frozenset'), 'frozenset'));
      case TYPE_LIST: {
        const items = this.items(this.size('list'), 'list');
        if (this.hooks.list) return this.hooks.list(items);
        throw new MarshalError('marshal data contains a list, which pyvm cannot load here');
      }
      case TYPE_SET: {
        const items = this.items(this.size('set'), 'set');
        if (this.hooks.set) return this.hooks.set(items);
        throw new MarshalError('marshal data contains a set, which pyvm cannot load here');
      }
      case TYPE_DICT: {
        const pairs: [PyObject, PyObject][] = [];
        for (;;) {
          this.need(1, 'dict');
          if ((this.data[this.pos] & ~FLAG_REF) === TYPE_NULL) {
            this.pos++;
            break;
          }
          const k = this.object();
          pairs.push([k, this.object()]);
        }
        if (this.hooks.dict) return this.hooks.dict(pairs);
        throw new MarshalError('marshal data contains a dict, which pyvm cannot load here');
      }
      case TYPE_REF: {
        const n = this.int32('reference');
        if (n < 0 || n >= this.refs.length) throw new MarshalError(`bad marshal data (invalid reference ${n})`);
        const v = this.refs[n];
        // A reference to a container still being read (a cycle) cannot be built immutably.
        if (v === undefined) throw new MarshalError(`bad marshal data (reference ${n} to an incomplete object)`);
        return v;
      }
      case TYPE_CODE:
        return this.code();
      case TYPE_UNKNOWN:
      default:
        throw new MarshalError(`bad marshal data (unknown type code ${typeName(type)} at offset ${start})`);
    }
  }

  private utf8(n: number): string {
    this.need(n, 'str');
    const b = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    try {
      return UTF8.decode(b);
    } catch {
      // Encoded lone surrogates (allowed by "surrogatepass") or invalid data.
      return utf8DecodeSurrogatePass(b, 'str');
    }
  }

  private items(n: number, what: string): PyObject[] {
    // Each item takes at least one byte: reject absurd sizes before allocating.
    this.need(n, what);
    const out: PyObject[] = new Array<PyObject>(n);
    for (let i = 0; i < n; i++) out[i] = this.object();
    return out;
  }

  private textFloat(): number {
    const n = this.byte('float size');
    const s = this.ascii(n, 'float');
    const t = s.trim().toLowerCase();
    const v = t === 'inf' || t === '+inf' ? Infinity : t === '-inf' ? -Infinity : t === 'nan' || t === '+nan' || t === '-nan' ? NaN : Number(t);
    if (Number.isNaN(v) && !t.endsWith('nan')) throw new MarshalError(`bad marshal data (float ${JSON.stringify(s)})`);
    return v;
  }

  /** r_PyLong: 15-bit digits, least significant first. */
  private long(): number | bigint {
    const n = this.int32('long size');
    const size = Math.abs(n);
    if (size > 0x3fffffff) throw new MarshalError('bad marshal data (long size out of range)');
    this.need(size * 2, 'long');
    let v = 0n;
    for (let i = size - 1; i >= 0; i--) {
      const d = this.data[this.pos + 2 * i] | (this.data[this.pos + 2 * i + 1] << 8);
      if (d > 0x7fff) throw new MarshalError('bad marshal data (digit out of range in long)');
      if (i === size - 1 && d === 0) throw new MarshalError('bad marshal data (unnormalized long data)');
      v = (v << 15n) | BigInt(d);
    }
    this.pos += size * 2;
    return normInt(n < 0 ? -v : v);
  }

  private bytesField(what: string): Uint8Array {
    const v = this.object();
    if (!(v instanceof PyBytes)) throw new MarshalError(`bad marshal data (code object ${what} is not bytes)`);
    return v.bytes;
  }
  private strField(what: string): string {
    const v = this.object();
    if (typeof v !== 'string') throw new MarshalError(`bad marshal data (code object ${what} is not a str)`);
    return v;
  }
  private tupleField(what: string): PyObject[] {
    const v = this.object();
    if (!(v instanceof PyTuple)) throw new MarshalError(`bad marshal data (code object ${what} is not a tuple)`);
    return v.items;
  }
  private strTupleField(what: string): string[] {
    const items = this.tupleField(what);
    for (const x of items) {
      if (typeof x !== 'string') throw new MarshalError(`bad marshal data (code object ${what} holds a non-str)`);
    }
    return items as string[];
  }

  /** r_object's TYPE_CODE case, in 3.11's field order. */
  private code(): CodeObject {
    const co_argcount = this.int32('code');
    const co_posonlyargcount = this.int32('code');
    const co_kwonlyargcount = this.int32('code');
    const co_stacksize = this.int32('code');
    const co_flags = this.int32('code');
    const co_code = this.bytesField('co_code');
    const co_consts = this.tupleField('co_consts');
    const co_names = this.strTupleField('co_names');
    const co_localsplusnames = this.strTupleField('co_localsplusnames');
    const co_localspluskinds = this.bytesField('co_localspluskinds');
    const co_filename = this.strField('co_filename');
    const co_name = this.strField('co_name');
    const co_qualname = this.strField('co_qualname');
    const co_firstlineno = this.int32('code');
    const co_linetable = this.bytesField('co_linetable');
    const co_exceptiontable = this.bytesField('co_exceptiontable');
    if (co_code.length % 2 !== 0) throw new MarshalError('bad marshal data (co_code has an odd length)');
    if (co_localspluskinds.length !== co_localsplusnames.length) {
      throw new MarshalError('bad marshal data (co_localsplusnames and co_localspluskinds differ in length)');
    }
    if (co_argcount < 0 || co_posonlyargcount < 0 || co_kwonlyargcount < 0 || co_stacksize < 0) {
      throw new MarshalError('bad marshal data (negative count in code object)');
    }
    return new CodeObject({
      co_argcount,
      co_posonlyargcount,
      co_kwonlyargcount,
      co_stacksize,
      co_flags,
      co_code,
      co_consts,
      co_names,
      co_localsplusnames,
      co_localspluskinds,
      co_filename,
      co_name,
      co_qualname,
      co_firstlineno,
      co_linetable,
      co_exceptiontable,
    });
  }
}

/**
 * marshal.loads: one object from `data`. Extra bytes after it are ignored, as CPython does.
 * Lists, dicts, sets and StopIteration need `hooks` (see MarshalHooks).
 */
export function loads(data: Uint8Array, hooks: MarshalHooks = {}): PyObject {
  const r = new Reader(data, hooks);
  try {
    return r.object();
  } catch (e) {
    if (e instanceof MarshalError) throw e;
    // Defence in depth: nothing malformed may surface as a JS error.
    throw new MarshalError(`bad marshal data (${e instanceof Error ? e.message : String(e)})`);
  }
}

// ---------------------------------------------------------------------------------------
// .pyc files

/**
 * Magic numbers of other CPython versions (importlib/_bootstrap_external.py), to name
 * the version that wrote a .pyc pyvm cannot load.
 */
const MAGIC_RANGES: readonly [number, number, string][] = [
  [3000, 3131, 'Python 3.0'],
  [3140, 3151, 'Python 3.1'],
  [3160, 3180, 'Python 3.2'],
  [3190, 3230, 'Python 3.3'],
  [3250, 3310, 'Python 3.4'],
  [3320, 3351, 'Python 3.5'],
  [3360, 3379, 'Python 3.6'],
  [3390, 3394, 'Python 3.7'],
  [3400, 3413, 'Python 3.8'],
  [3420, 3425, 'Python 3.9'],
  [3430, 3439, 'Python 3.10'],
  [3450, 3494, 'a pre-release of Python 3.11'],
  [3500, 3531, 'Python 3.12'],
  [3550, 3571, 'Python 3.13'],
  [3600, 3699, 'Python 3.14'],
  [20121, 20121, 'Python 1.5'],
  [50428, 50428, 'Python 1.6'],
  [50823, 50823, 'Python 2.0'],
  [60202, 60202, 'Python 2.1'],
  [60717, 60717, 'Python 2.2'],
  [62011, 62021, 'Python 2.3'],
  [62041, 62061, 'Python 2.4'],
  [62071, 62131, 'Python 2.5'],
  [62151, 62161, 'Python 2.6'],
  [62171, 62211, 'Python 2.7'],
];

function bytesLiteral(b: Uint8Array): string {
  let s = "b'";
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === 0x27) s += "\\'";
    else if (c === 0x0d) s += '\\r';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x09) s += '\\t';
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += '\\x' + c.toString(16).padStart(2, '0');
  }
  return s + "'";
}

/** The parsed 16-byte header of a .pyc file (PEP 552). */
export interface PycHeader {
  magic: number;
  /** bit 0: hash-based; bit 1: check_source (hash-based only). */
  flags: number;
  /** Timestamp-based .pyc: source mtime (seconds) and size; else 0. */
  mtime: number;
  sourceSize: number;
  /** Hash-based .pyc: the 8-byte SipHash of the source; else null. */
  sourceHash: Uint8Array | null;
}

/** Parses and checks a .pyc header; the message names `filename` as CPython's does. */
export function readPycHeader(data: Uint8Array, filename: string): PycHeader {
  if (data.length < 4) throw new MarshalError(`bad magic number in '${filename}': file too short (${data.length} bytes)`);
  const magic = data[0] | (data[1] << 8);
  if (data[2] !== 0x0d || data[3] !== 0x0a || magic !== MAGIC_NUMBER_311) {
    const head = bytesLiteral(data.subarray(0, 4));
    if (data[2] === 0x0d && data[3] === 0x0a) {
      const known = MAGIC_RANGES.find(([lo, hi]) => magic >= lo && magic <= hi);
      if (known) {
        throw new MarshalError(
          `bad magic number in '${filename}': ${head}: this .pyc was written by ${known[2]}, pyvm needs 3.11 (magic ${MAGIC_NUMBER_311})`,
        );
      }
    }
    throw new MarshalError(`bad magic number in '${filename}': ${head} (not a CPython 3.11 .pyc file)`);
  }
  if (data.length < 16) throw new MarshalError(`reached EOF while reading the .pyc header of '${filename}'`);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = dv.getUint32(4, true);
  if (flags & ~0b11) throw new MarshalError(`invalid flags ${flags} in '${filename}'`);
  const hashBased = (flags & 1) !== 0;
  return {
    magic,
    flags,
    mtime: hashBased ? 0 : dv.getUint32(8, true),
    sourceSize: hashBased ? 0 : dv.getUint32(12, true),
    sourceHash: hashBased ? data.slice(8, 16) : null,
  };
}

/** Loads the module code object of a CPython 3.11 .pyc file. */
export function loadPyc(data: Uint8Array, filename: string): CodeObject {
  readPycHeader(data, filename);
  let v: PyObject;
  try {
    v = loads(data.subarray(16));
  } catch (e) {
    if (e instanceof MarshalError) throw new MarshalError(`${e.message} in '${filename}'`);
    throw e;
  }
  if (!(v instanceof CodeObject)) throw new MarshalError(`'${filename}' does not hold a code object`);
  return v;
}

// ---------------------------------------------------------------------------------------
// Writing

class Writer {
  private buf = new Uint8Array(1024);
  len = 0;
  private readonly dv8 = new DataView(new ArrayBuffer(8));
  depth = 0;

  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b;
  }
  int32(v: number): void {
    this.grow(4);
    this.buf[this.len++] = v & 0xff;
    this.buf[this.len++] = (v >> 8) & 0xff;
    this.buf[this.len++] = (v >> 16) & 0xff;
    this.buf[this.len++] = (v >> 24) & 0xff;
  }
  float64(x: number): void {
    this.dv8.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.byte(this.dv8.getUint8(i));
  }
  raw(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  /** w_object. References are never written: loaders accept that, and output stays simple. */
  object(v: PyObject): void {
    if (++this.depth > MAX_DEPTH) throw new MarshalError('object too deeply nested to marshal');
    try {
      this.objectBody(v);
    } finally {
      this.depth--;
    }
  }

  private objectBody(v: PyObject): void {
    switch (typeof v) {
      case 'boolean':
        this.byte(v ? TYPE_TRUE : TYPE_FALSE);
        return;
      case 'number':
        if (v >= -0x80000000 && v <= 0x7fffffff) {
          this.byte(TYPE_INT);
          this.int32(v);
        } else {
          this.long(BigInt(v));
        }
        return;
      case 'bigint':
        this.long(v);
        return;
      case 'string':
        this.str(v);
        return;
      default:
        this.pyBase(v);
    }
  }

  private long(v: bigint): void {
    const neg = v < 0n;
    let m = neg ? -v : v;
    const digits: number[] = [];
    while (m > 0n) {
      digits.push(Number(m & 0x7fffn));
      m >>= 15n;
    }
    this.byte(TYPE_LONG);
    this.int32(neg ? -digits.length : digits.length);
    for (const d of digits) {
      this.byte(d & 0xff);
      this.byte(d >> 8);
    }
  }

  private str(s: string): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (s.length < 256) {
        this.byte(TYPE_SHORT_ASCII);
        this.byte(s.length);
      } else {
        this.byte(TYPE_ASCII);
        this.int32(s.length);
      }
      for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
    } else {
      const b = utf8EncodeSurrogatePass(s);
      this.byte(TYPE_UNICODE);
      this.int32(b.length);
      this.raw(b);
    }
  }

  private bytesObj(b: Uint8Array): void {
    this.byte(TYPE_STRING);
    this.int32(b.length);
    this.raw(b);
  }

  private seq(items: readonly PyObject[]): void {
    for (const x of items) this.object(x);
  }

  private pyBase(v: PyBase): void {
    if (v === None) return this.byte(TYPE_NONE);
    if (v === Ellipsis) return this.byte(TYPE_ELLIPSIS);
    if (v instanceof PyFloat) {
      this.byte(TYPE_BINARY_FLOAT);
      return this.float64(v.value);
    }
    if (v instanceof PyComplex) {
      this.byte(TYPE_BINARY_COMPLEX);
      this.float64(v.real);
      return this.float64(v.imag);
    }
    if (v instanceof PyBytes) return this.bytesObj(v.bytes);
    if (v instanceof PyTuple) {
      if (v.items.length < 256) {
        this.byte(TYPE_SMALL_TUPLE);
        this.byte(v.items.length);
      } else {
        this.byte(TYPE_TUPLE);
        this.int32(v.items.length);
      }
      return this.seq(v.items);
    }
    if (v instanceof PyFrozenSet) {
      this.byte(TYPE_FROZENSET);
      this.int32(v.items.length);
      return this.seq(v.items);
    }
    if (v instanceof CodeObject) return this.code(v);
    throw new MarshalError(`unmarshallable object (${v.constructor.name})`);
  }

  private code(c: CodeObject): void {
    this.byte(TYPE_CODE);
    this.int32(c.co_argcount);
    this.int32(c.co_posonlyargcount);
    this.int32(c.co_kwonlyargcount);
    this.int32(c.co_stacksize);
    this.int32(c.co_flags);
    this.bytesObj(c.co_code);
    this.object(new PyTuple(c.co_consts));
    this.object(new PyTuple(c.co_names));
    this.object(new PyTuple(c.co_localsplusnames));
    this.bytesObj(c.co_localspluskinds);
    this.str(c.co_filename);
    this.str(c.co_name);
    this.str(c.co_qualname);
    this.int32(c.co_firstlineno);
    this.bytesObj(c.co_linetable);
    this.bytesObj(c.co_exceptiontable);
  }
}

/** marshal.dumps (version 4, without back-references). */
export function dumps(v: PyObject): Uint8Array {
  const w = new Writer();
  w.object(v);
  return w.result();
}

/** A timestamp-based .pyc file for `code` (source mtime in seconds and source size). */
export function dumpPyc(code: CodeObject, mtime = 0, sourceSize = 0): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(MAGIC_BYTES_311, 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, 0, true);
  dv.setUint32(8, mtime >>> 0, true);
  dv.setUint32(12, sourceSize >>> 0, true);
  out.set(body, 16);
  return out;
}

// The struct module: pack, unpack, calcsize, pack_into, unpack_from, iter_unpack and the
// Struct class, for CPython 3.11's format strings and messages (struct.error).
//
// A format is an optional byte order ('@' native with alignment, '=' native without, '<' '>'
// '!' standard) and items `[count]code`. The native layout is x86-64 Linux's (what CPython
// reports on this machine): l, L, n, N and P are 8 bytes, and each numeric item is aligned to
// its size under '@'. Integers are checked as CPython's packers check them: a value outside a
// C long (unsigned long for the unsigned codes) is "argument out of range"; the 1, 2 and 4
// byte codes then name their own range.

import { PyObject, PyBytes, PyTuple, PyFloat, None } from '../object';
import { PyType } from '../type';
import { makeBuiltinType, objectType, setSlots, typeOf, typeType } from '../types';
import { addMethod, addGetSet } from '../function';
import { PyInstance, makeClass } from '../class';
import { PyDict } from '../dict';
import { PyList } from '../containers';
import { Exception as ExceptionType, PyException, newException, MemoryError } from '../exceptions';
import { bufferBytes, contiguousBytes, writableBytes, PyByteArray } from '../bytes_methods';
import { index as opIndex, isTrue } from '../ops';
import { raise } from '../lib_errors';
import { asDouble } from '../lib_args';
import { normBig } from '../int_ops';
import { lookupSpecial } from '../attr';
import { defineModule } from './module_util';

interface Item {
  code: string;
  /** s/p: the byte length; others: 1 (repeats are expanded). */
  count: number;
  size: number;
  offset: number;
}

interface Layout {
  format: string;
  /** The items with repeat counts (a numeric code's run is one entry: '1000000q' is not expanded). */
  runs: Item[];
  /** The runs expanded to one item per value, on first pack/unpack (whose buffer bounds its size). */
  items: Item[] | null;
  size: number;
  /** The exact size (calcsize: can pass 2**53). */
  bigSize: bigint;
  little: boolean;
  /** '@' or no prefix: native sizes and alignment, and a C cast for 'f' (no OverflowError). */
  native: boolean;
  /** Values pack() takes (x takes none; s/p one per item). */
  nargs: number;
}

/** CPython's PY_SSIZE_T_MAX: a count or a total size past it is 'total struct size too long'. */
const SSIZE_MAX = 2n ** 63n - 1n;

function itemsOf(layout: Layout): Item[] {
  if (layout.items !== null) return layout.items;
  const items: Item[] = [];
  for (const r of layout.runs) {
    if (r.code === 's' || r.code === 'p') items.push(r);
    else for (let k = 0; k < r.count; k++) items.push({ code: r.code, count: 1, size: r.size, offset: r.offset + k * r.size });
  }
  return (layout.items = items);
}

const STANDARD_SIZES: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const NATIVE_SIZES: Record<string, number> = { ...STANDARD_SIZES, l: 8, L: 8, n: 8, N: 8, P: 8 };

let structError: PyType | null = null;
function error(msg: string): never {
  throw new PyException(structError as PyType, [msg]);
}

const layouts = new Map<string, Layout>();

function parseFormat(fmt: string): Layout {
  const cached = layouts.get(fmt);
  if (cached !== undefined) return cached;
  if (fmt.includes('\0')) error('embedded null character');
  let i = 0;
  let aligned = true;
  let little = true;
  const first = fmt[0];
  if (first === '@' || first === '=' || first === '<' || first === '>' || first === '!') {
    i = 1;
    if (first !== '@') {
      aligned = false;
      little = first === '<' || first === '=';
    }
  }
  // '@' (or no prefix) is native sizes with alignment; '=' is native order with standard sizes.
  const sizes = aligned ? NATIVE_SIZES : STANDARD_SIZES;
  const runs: Item[] = [];
  let offset = 0n;
  let nargs = 0n;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f') {
      i++;
      continue;
    }
    let count = 1n;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') j++;
      count = BigInt(fmt.slice(i, j));
      if (count > SSIZE_MAX) error('total struct size too long');
      i = j;
      if (i >= fmt.length) error('repeat count given without format specifier');
    }
    const code = fmt[i++];
    const size = sizes[code];
    if (size === undefined) error('bad char in struct format');
    const bsize = BigInt(size);
    if (aligned && size > 1 && code !== 's' && code !== 'p') offset = ((offset + bsize - 1n) / bsize) * bsize;
    if (code === 's' || code === 'p') {
      runs.push({ code, count: Number(count), size: Number(count), offset: Number(offset) });
      offset += count;
      nargs++;
    } else if (code === 'x') {
      offset += count;
    } else {
      if (count > 0n) runs.push({ code, count: Number(count), size, offset: Number(offset) });
      offset += count * bsize;
      nargs += count;
    }
    if (offset > SSIZE_MAX) error('total struct size too long');
  }
  const layout: Layout = {
    format: fmt, runs, items: null, size: Number(offset), bigSize: offset, little, native: aligned, nargs: Number(nargs),
  };
  if (layouts.size > 256) layouts.clear();
  layouts.set(fmt, layout);
  return layout;
}

function formatArg(v: PyObject): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return Buffer.from(v.bytes).toString('latin1');
  raise('TypeError', `Struct() argument 1 must be a str or bytes object, not ${typeOf(v).tpName}`);
}

/** The integer to pack: int, bool or anything with __index__. */
function intArg(v: PyObject): bigint {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'object' && lookupSpecial(v, '__index__') !== undefined) {
    const r = opIndex(v);
    return typeof r === 'bigint' ? r : BigInt(r as number);
  }
  error('required argument is not an integer');
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;
const RANGE_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function checkedInt(code: string, size: number, v: PyObject): bigint {
  const n = intArg(v);
  const unsigned = code === code.toUpperCase() && code !== '?';
  // B and H go through a C long as the signed codes do (a negative value gets their range
  // message); I, L, Q and N through an unsigned long (a negative value is out of range).
  const viaUnsignedLong = unsigned && size >= 4;
  if (viaUnsignedLong ? n < 0n || n > ULONG_MAX : n < LONG_MIN || n > LONG_MAX) error('argument out of range');
  if (size === 8) return n;
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(2n ** (bits - 1n));
  const hi = unsigned ? 2n ** bits - 1n : 2n ** (bits - 1n) - 1n;
  if (n < lo || n > hi) {
    const name = RANGE_NAMES[code];
    error(name !== undefined ? `${name} format requires ${lo} <= number <= ${hi}` : `'${code}' format requires ${lo} <= number <= ${hi}`);
  }
  return n;
}

function floatArg(v: PyObject): number {
  if (typeof v === 'string' || v === None || (typeof v === 'object' && !(v instanceof PyFloat) && lookupSpecial(v, '__float__') === undefined &&
    lookupSpecial(v, '__index__') === undefined)) {
    error('required argument is not a float');
  }
  return asDouble(v);
}

/** IEEE half precision (round half to even), as PyFloat_Pack2; OverflowError past 65504. */
function toHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a >= 65520) raise('OverflowError', 'float too large to pack with e format');
  if (a < 2 ** -24 / 2) return sign;
  // Scale to the half's integer mantissa and round half to even.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const m = roundHalfEven(a / 2 ** -24);
    return sign | m;
  }
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) raise('OverflowError', 'float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function packInto(layout: Layout, values: PyObject[], out: Uint8Array, base: number): void {
  if (values.length !== layout.nargs) error(`pack expected ${layout.nargs} items for packing (got ${values.length})`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const le = layout.little;
  itemsOf(layout).forEach((it, k) => {
    const v = values[k];
    const at = base + it.offset;
    switch (it.code) {
      case 'c': {
        const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferBytes(v) : undefined;
        if (b === undefined || b.length !== 1) error('char format requires a bytes object of length 1');
        out[at] = b[0];
        break;
      }
      case '?':
        out[at] = isTrue(v) ? 1 : 0;
        break;
      case 's':
      case 'p': {
        const b = v instanceof PyBytes || v instanceof PyByteArray ? bufferBytes(v) : undefined;
        if (b === undefined) error(`argument for '${it.code}' must be a bytes object`);
        if (it.code === 's') {
          out.set(b.subarray(0, it.size), at);
        } else if (it.size > 0) {
          // all the bytes that fit; the length byte saturates at 255
          const n = Math.min(b.length, it.size - 1);
          out[at] = Math.min(n, 255);
          out.set(b.subarray(0, n), at + 1);
        }
        break;
      }
      case 'e':
        view.setUint16(at, toHalf(floatArg(v)), le);
        break;
      case 'f': {
        const x = floatArg(v);
        const f = Math.fround(x);
        if (!layout.native && Number.isFinite(x) && !Number.isFinite(f)) raise('OverflowError', 'float too large to pack with f format');
        view.setFloat32(at, f, le);
        break;
      }
      case 'd':
        view.setFloat64(at, floatArg(v), le);
        break;
      default: {
        const n = checkedInt(it.code, it.size, v);
        const unsigned = it.code === it.code.toUpperCase();
        if (it.size === 1) out[at] = Number(BigInt.asUintN(8, n));
        else if (it.size === 2) view.setUint16(at, Number(BigInt.asUintN(16, n)), le);
        else if (it.size === 4) view.setUint32(at, Number(BigInt.asUintN(32, n)), le);
        else if (unsigned) view.setBigUint64(at, BigInt.asUintN(64, n), le);
        else view.setBigInt64(at, BigInt.asIntN(64, n), le);
      }
    }
  });
}

function unpackFrom(layout: Layout, b: Uint8Array, base: number): PyTuple {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = layout.little;
  const out: PyObject[] = [];
  for (const it of itemsOf(layout)) {
    const at = base + it.offset;
    switch (it.code) {
      case 'c':
        out.push(new PyBytes(b.slice(at, at + 1)));
        break;
      case '?':
        out.push(b[at] !== 0);
        break;
      case 's':
        out.push(new PyBytes(b.slice(at, at + it.size)));
        break;
      case 'p': {
        const n = it.size === 0 ? 0 : Math.min(b[at], it.size - 1);
        out.push(new PyBytes(b.slice(at + 1, at + 1 + n)));
        break;
      }
      case 'e':
        out.push(new PyFloat(fromHalf(view.getUint16(at, le))));
        break;
      case 'f':
        out.push(new PyFloat(view.getFloat32(at, le)));
        break;
      case 'd':
        out.push(new PyFloat(view.getFloat64(at, le)));
        break;
      default: {
        const signed = it.code === it.code.toLowerCase();
        if (it.size === 1) out.push(signed ? view.getInt8(at) : view.getUint8(at));
        else if (it.size === 2) out.push(signed ? view.getInt16(at, le) : view.getUint16(at, le));
        else if (it.size === 4) out.push(signed ? view.getInt32(at, le) : view.getUint32(at, le));
        else out.push(normBig(signed ? view.getBigInt64(at, le) : view.getBigUint64(at, le)));
      }
    }
  }
  return new PyTuple(out);
}

function readable(v: PyObject): Uint8Array {
  return contiguousBytes(v) ?? raise('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

function pack(fmt: string, values: PyObject[]): PyBytes {
  const layout = parseFormat(fmt);
  if (values.length !== layout.nargs) error(`pack expected ${layout.nargs} items for packing (got ${values.length})`);
  // CPython allocates the bytes first and fails with MemoryError past what it can have
  if (layout.size > 2 ** 32) throw newException(MemoryError);
  const out = new Uint8Array(layout.size);
  packInto(layout, values, out, 0);
  return new PyBytes(out);
}

function unpack(fmt: string, buffer: PyObject): PyTuple {
  const layout = parseFormat(fmt);
  const b = readable(buffer);
  if (b.length !== layout.size) error(`unpack requires a buffer of ${layout.size} bytes`);
  return unpackFrom(layout, b, 0);
}

/**
 * The offset of unpack_from/pack_into in a buffer of `length` bytes: a negative one counts
 * from the end; the struct must fit after it (CPython's messages).
 */
/** CPython 3.11's s_pack_into/s_unpack_from offset checks and messages (a Py_ssize_t offset). */
function bufferOffset(offsetArg: PyObject, length: number, size: number, fname: string, doing: string): number {
  let offset = BigInt(opIndex(offsetArg));
  if (offset > SSIZE_MAX || offset < -SSIZE_MAX - 1n) {
    // pack_into reads it with PyNumber_AsSsize_t(.., IndexError), unpack_from's clinic with 'n'
    if (fname === 'pack_into') raise('IndexError', "cannot fit 'int' into an index-sized integer");
    raise('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  const bsize = BigInt(size), blen = BigInt(length);
  if (offset < 0n) {
    if (offset + bsize > 0n) {
      error(fname === 'pack_into' ? `no space to pack ${size} bytes at offset ${offset}` : `not enough data to unpack ${size} bytes at offset ${offset}`);
    }
    if (offset + blen < 0n) error(`offset ${offset} out of range for ${length}-byte buffer`);
    offset += blen;
  }
  if (blen - offset < bsize) {
    error(`${fname} requires a buffer of at least ${bsize + offset} bytes for ${doing} ${size} bytes at offset ${offset} (actual buffer size is ${length})`);
  }
  return Number(offset);
}

function unpackFromAt(fmt: string, buffer: PyObject, offsetArg: PyObject | undefined): PyTuple {
  const layout = parseFormat(fmt);
  const b = readable(buffer);
  const offset = bufferOffset(offsetArg === undefined ? 0 : offsetArg, b.length, layout.size, 'unpack_from', 'unpacking');
  return unpackFrom(layout, b, offset);
}

function packIntoBuffer(fmt: string, buffer: PyObject, offsetArg: PyObject, values: PyObject[]): void {
  const layout = parseFormat(fmt);
  if (values.length !== layout.nargs) error(`pack_into expected ${layout.nargs} items for packing (got ${values.length})`);
  const b = writableBytes(buffer) ?? raise('TypeError', `argument must be read-write bytes-like object, not ${typeOf(buffer).tpName}`);
  const offset = bufferOffset(offsetArg, b.length, layout.size, 'pack_into', 'packing');
  packInto(layout, values, b, offset);
}

function iterUnpack(fmt: string, buffer: PyObject): PyObject {
  const layout = parseFormat(fmt);
  const b = readable(buffer);
  if (layout.size === 0) error('cannot iteratively unpack with a struct of length 0');
  if (b.length % layout.size !== 0) error(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  const rows: PyObject[] = [];
  for (let at = 0; at < b.length; at += layout.size) rows.push(unpackFrom(layout, b, at));
  // CPython returns an unpack_iterator; a list iterator gives the same iteration.
  const { getIter } = require('../ops') as typeof import('../ops');
  return getIter(new PyList(rows));
}

// struct.Struct: a compiled format with the same methods.
const structType = makeBuiltinType('Struct', objectType, { module: '_struct' });
function formatOf(self: PyObject): string {
  return (self as PyInstance).__dict__.getStr('__format') as string;
}
setSlots(structType, {
  tp_new: (t, args, kwargs) => {
    let fmtArg = args[0];
    if (fmtArg === undefined && kwargs !== null) fmtArg = kwargs.get('format') as PyObject;
    if (fmtArg === undefined) raise('TypeError', "Struct() missing required argument 'format' (pos 1)");
    const fmt = formatArg(fmtArg);
    const layout = parseFormat(fmt);
    const s = new PyInstance(t);
    s.__dict__.setStr('__format', fmt);
    s.__dict__.setStr('__size', layout.size);
    return s;
  },
  tp_init: () => undefined,
});
addGetSet(structType, 'format', (v) => formatOf(v));
addGetSet(structType, 'size', (v) => (v as PyInstance).__dict__.getStr('__size') as number);
addMethod(structType, 'pack', (v, args) => pack(formatOf(v), args));
addMethod(structType, 'unpack', (v, args) => unpack(formatOf(v), args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(structType, 'unpack_from', (v, args, kwargs) => unpackFromAt(formatOf(v), args[0] ?? kwargs?.get('buffer') as PyObject,
  args[1] ?? kwargs?.get('offset')));
addMethod(structType, 'pack_into', (v, args) => {
  packIntoBuffer(formatOf(v), args[0], args[1], args.slice(2));
  return None;
});
addMethod(structType, 'iter_unpack', (v, args) => iterUnpack(formatOf(v), args[0]), { minArgs: 1, maxArgs: 1 });

defineModule('struct', (m) => {
  structError ??= makeClass(typeType, 'error', [ExceptionType], PyDict.fromPairs([['__module__', 'struct']]), null);
  m.set('error', structError);
  m.set('Struct', structType);
  m.fn('pack', (args) => {
    if (args.length === 0) raise('TypeError', 'pack expected at least 1 argument, got 0');
    return pack(formatArg(args[0]), args.slice(1));
  });
  m.fn('unpack', (args) => unpack(formatArg(args[0]), args[1]), { minArgs: 2, maxArgs: 2 });
  m.fn('calcsize', (args) => normBig(parseFormat(formatArg(args[0])).bigSize), { minArgs: 1, maxArgs: 1 });
  m.fn('unpack_from', (args, kwargs) => unpackFromAt(formatArg(args[0]), args[1] ?? kwargs?.get('buffer') as PyObject,
    args[2] ?? kwargs?.get('offset')));
  m.fn('pack_into', (args) => {
    if (args.length < 3) raise('TypeError', `pack_into expected at least 3 arguments, got ${args.length}`);
    packIntoBuffer(formatArg(args[0]), args[1], args[2], args.slice(3));
    return None;
  });
  m.fn('iter_unpack', (args) => iterUnpack(formatArg(args[0]), args[1]), { minArgs: 2, maxArgs: 2 });
});

// memoryview (Objects/memoryobject.c): a view of the bytes of a bytes or bytearray object,
// without copying them. Items are read and written through the view's format (the native,
// little-endian struct codes of a 64-bit Linux build: 'B' by default, any other through
// cast()); slicing makes a new view of the same memory (offset, shape and strides change,
// the bytes are not copied). Writing through a view of a bytearray changes the bytearray.
//
// Departure from CPython (docs/architecture.md): a bytearray is not locked against resizing
// while views of it exist. CPython counts exports and releases them when a view's last
// reference goes; pyvm has no reference counts, so a view that was dropped without
// release() would lock its bytearray for ever. Here the view reads the bytearray's current
// bytes, and an item the resize cut off reads and writes as IndexError.
// The half-float format 'e' and the pointer format 'P' are refused by cast().

import { PyObject, PyBytes, PyTuple, PyBase, PyFloat, None, NotImplemented } from './object';
import { CompareOp, Py_EQ, Py_NE, PyType } from './type';
import { bytesType, makeBuiltinType, objectType, setBuiltinType, setSlots, typeOf } from './types';
import { getAttr } from './attr';
import { addGetSet, addressOf, addBuiltinObject } from './function';
import { PyList, PySlice, sliceIndices, itemIndex } from './containers';
import { PyByteArray, registerBufferExporter, hexWithSeparator, arrayBuffer } from './bytes_methods';
import { isTrue, hasIndex } from './ops';
import { raise } from './lib_errors';
import { parseArgs, asIndex, addLibMethod } from './lib_args';

/** The item formats cast() accepts, with their sizes (struct's native sizes on x86-64 Linux). */
const ITEM_SIZE: ReadonlyMap<string, number> = new Map([
  ['B', 1], ['b', 1], ['c', 1], ['?', 1],
  ['H', 2], ['h', 2], ['I', 4], ['i', 4],
  ['L', 8], ['l', 8], ['Q', 8], ['q', 8], ['N', 8], ['n', 8],
  ['f', 4], ['d', 8],
]);

/** Integer ranges of the integer formats, for the "invalid value" check on a store. */
const INT_RANGE: ReadonlyMap<string, [bigint, bigint]> = new Map([
  ['B', [0n, 0xffn]], ['b', [-0x80n, 0x7fn]], ['H', [0n, 0xffffn]], ['h', [-0x8000n, 0x7fffn]],
  ['I', [0n, 0xffffffffn]], ['i', [-0x80000000n, 0x7fffffffn]],
  ['L', [0n, 2n ** 64n - 1n]], ['Q', [0n, 2n ** 64n - 1n]], ['N', [0n, 2n ** 64n - 1n]],
  ['l', [-(2n ** 63n), 2n ** 63n - 1n]], ['q', [-(2n ** 63n), 2n ** 63n - 1n]], ['n', [-(2n ** 63n), 2n ** 63n - 1n]],
]);

/** A memoryview. Invariant: `shape` and `strides` have `ndim` entries; `format` names a key of ITEM_SIZE (after an optional '@'). */
export class PyMemoryView extends PyBase {
  released = false;
  constructor(
    /** The exporter: the bytes or bytearray whose memory this is (memoryview(view).obj is the original). */
    readonly exporter: PyBytes | PyByteArray,
    /** Byte offset of the first item in the exporter's bytes. */
    readonly offset: number,
    /** The struct format as given to cast() ('B' for a new view). */
    readonly format: string,
    readonly itemsize: number,
    readonly shape: readonly number[],
    /** Bytes between consecutive items of each dimension (negative for a reversed slice). */
    readonly strides: readonly number[],
    readonly readonly: boolean,
  ) {
    super();
  }

  /** The format's code without its '@' prefix. */
  get code(): string {
    return this.format.length === 2 ? this.format[1] : this.format;
  }
}
export const memoryviewType = makeBuiltinType('memoryview', objectType);
setBuiltinType(PyMemoryView, memoryviewType);
addBuiltinObject('memoryview', memoryviewType);

const memoryIteratorType = makeBuiltinType('memory_iterator', objectType);
class PyMemoryIter extends PyBase {
  pos = 0;
  constructor(readonly view: PyMemoryView) {
    super();
  }
}
setBuiltinType(PyMemoryIter, memoryIteratorType);

/** A view that can still be used ("operation forbidden on released memoryview object" otherwise). */
function live(v: PyObject): PyMemoryView {
  const m = v as PyMemoryView;
  if (m.released) raise('ValueError', 'operation forbidden on released memoryview object');
  return m;
}

function itemCount(m: PyMemoryView): number {
  let n = 1;
  for (const d of m.shape) n *= d;
  return n;
}

/** The view's items in C order, as byte offsets into the exporter's bytes. */
function itemOffsets(m: PyMemoryView): number[] {
  const out: number[] = [];
  const walk = (dim: number, at: number): void => {
    if (dim === m.shape.length) {
      out.push(at);
      return;
    }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, at + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

/** The current bytes behind a view, checked to hold the item at `at` (a resized bytearray may not). */
function bytesAt(m: PyMemoryView, at: number): Uint8Array {
  const b = m.exporter.bytes;
  if (at < 0 || at + m.itemsize > b.length) raise('IndexError', 'index out of bounds on dimension 1');
  return b;
}

function dataView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** A 64-bit integer as a Python int: a JS number while exact, else a bigint. */
function int64(x: bigint): number | bigint {
  return x >= -BigInt(Number.MAX_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x;
}

/** unpack_single: the item at byte offset `at` as a Python object. */
function unpackItem(m: PyMemoryView, at: number): PyObject {
  const b = bytesAt(m, at);
  const code = m.code;
  switch (code) {
    case 'B': return b[at];
    case 'b': return (b[at] << 24) >> 24;
    case 'c': return new PyBytes(b.slice(at, at + 1));
    case '?': return b[at] !== 0;
    case 'H': return dataView(b).getUint16(at, true);
    case 'h': return dataView(b).getInt16(at, true);
    case 'I': return dataView(b).getUint32(at, true);
    case 'i': return dataView(b).getInt32(at, true);
    case 'L': case 'Q': case 'N': return int64(dataView(b).getBigUint64(at, true));
    case 'l': case 'q': case 'n': return int64(dataView(b).getBigInt64(at, true));
    case 'f': return new PyFloat(dataView(b).getFloat32(at, true));
    case 'd': return new PyFloat(dataView(b).getFloat64(at, true));
    default: return raise('NotImplementedError', `memoryview: format ${m.format} not supported`);
  }
}

/** An int-like store value as a bigint, or null when it is not an int ("invalid type"). */
function storeInt(x: PyObject): bigint | null {
  if (typeof x === 'number') return Number.isInteger(x) ? BigInt(x) : null;
  if (typeof x === 'boolean') return x ? 1n : 0n;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'object' && typeOf(x).slots.nb_index !== undefined) return BigInt(asIndex(x));
  return null;
}

/** pack_single: stores `x` as the item at byte offset `at`, with CPython's checks. */
function packItem(m: PyMemoryView, at: number, x: PyObject): void {
  const code = m.code;
  const invalidType = (): never => raise('TypeError', `memoryview: invalid type for format '${m.format}'`);
  const invalidValue = (): never => raise('ValueError', `memoryview: invalid value for format '${m.format}'`);
  const b = bytesAt(m, at);
  switch (code) {
    case 'c': {
      if (!(x instanceof PyBytes)) return invalidType();
      if (x.bytes.length !== 1) return invalidValue();
      b[at] = x.bytes[0];
      return;
    }
    case '?':
      b[at] = isTrue(x) ? 1 : 0;
      return;
    case 'f': case 'd': {
      let d: number;
      if (x instanceof PyFloat) d = x.value;
      else {
        const n = storeInt(x);
        if (n === null) return invalidType();
        d = Number(n);
      }
      if (code === 'f') {
        // struct refuses a finite double that overflows a float ("float too large to pack").
        if (Number.isFinite(d) && !Number.isFinite(Math.fround(d))) return invalidValue();
        dataView(b).setFloat32(at, d, true);
      } else dataView(b).setFloat64(at, d, true);
      return;
    }
    default: {
      const n = storeInt(x);
      if (n === null) return invalidType();
      const range = INT_RANGE.get(code);
      if (range === undefined || n < range[0] || n > range[1]) return invalidValue();
      const dv = dataView(b);
      switch (m.itemsize) {
        case 1: b[at] = Number(BigInt.asUintN(8, n)); return;
        case 2: dv.setUint16(at, Number(BigInt.asUintN(16, n)), true); return;
        case 4: dv.setUint32(at, Number(BigInt.asUintN(32, n)), true); return;
        default: dv.setBigUint64(at, BigInt.asUintN(64, n), true); return;
      }
    }
  }
}

/** The byte offset of item `key` along the first dimension (an int-like key), bounds-checked. */
function firstDimOffset(m: PyMemoryView, key: PyObject): number {
  let i = itemIndex(key);
  const n = m.shape[0];
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'index out of bounds on dimension 1');
  return m.offset + i * m.strides[0];
}

/** The byte offset of the item a tuple of ints names (one per dimension). */
function tupleOffset(m: PyMemoryView, key: PyTuple): number {
  if (key.items.length !== m.shape.length) {
    if (key.items.every(hasIndex)) raise('TypeError', `cannot index ${m.shape.length}-dimension view with ${key.items.length}-element tuple`);
    raise('TypeError', 'memoryview: invalid slice key');
  }
  let at = m.offset;
  key.items.forEach((k, d) => {
    if (!hasIndex(k)) raise('TypeError', 'memoryview: invalid slice key');
    let i = itemIndex(k);
    if (i < 0) i += m.shape[d];
    if (i < 0 || i >= m.shape[d]) raise('IndexError', `index out of bounds on dimension ${d + 1}`);
    at += i * m.strides[d];
  });
  return at;
}


/** m[slice]: a view of every step-th item of the first dimension. */
function sliceView(m: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, , step, len] = sliceIndices(s, m.shape[0]);
  const shape = [len, ...m.shape.slice(1)];
  const strides = [m.strides[0] * step, ...m.strides.slice(1)];
  return new PyMemoryView(m.exporter, m.offset + start * m.strides[0], m.format, m.itemsize, shape, strides, m.readonly);
}

/** The view's bytes in C order (tobytes). */
function viewBytes(m: PyMemoryView): Uint8Array {
  const offsets = itemOffsets(m);
  const out = new Uint8Array(offsets.length * m.itemsize);
  offsets.forEach((at, k) => out.set(bytesAt(m, at).subarray(at, at + m.itemsize), k * m.itemsize));
  return out;
}

function isCContiguous(m: PyMemoryView): boolean {
  let expect = m.itemsize;
  for (let d = m.shape.length - 1; d >= 0; d--) {
    if (m.shape[d] === 0) return true;
    if (m.shape[d] !== 1 && m.strides[d] !== expect) return false;
    expect *= m.shape[d];
  }
  return true;
}

function isFContiguous(m: PyMemoryView): boolean {
  let expect = m.itemsize;
  for (let d = 0; d < m.shape.length; d++) {
    if (m.shape[d] === 0) return true;
    if (m.shape[d] !== 1 && m.strides[d] !== expect) return false;
    expect *= m.shape[d];
  }
  return true;
}

/** The other side of a comparison or slice assignment, as a view (bytes-like objects view as 'B'). */
function asView(w: PyObject): PyMemoryView | null {
  if (w instanceof PyMemoryView) return w;
  if (w instanceof PyBytes || w instanceof PyByteArray) return newView(w);
  const b = typeof w === 'object' ? arrayBuffer(w) : undefined;
  return b === undefined ? null : arrayView(w, b);
}

function newView(obj: PyBytes | PyByteArray): PyMemoryView {
  return new PyMemoryView(obj, 0, 'B', 1, [obj.bytes.length], [1], obj instanceof PyBytes);
}

/** The array.array whose item bytes a bytearray is (memoryview(a).obj is the array). */
const arrayOwners = new WeakMap<PyByteArray, PyObject>();

/**
 * A view of an array.array's items: its typecode as the format ('w' for 'u', whose items a
 * view cannot read, as CPython's), writable, over the bytearray the array keeps them in.
 */
function arrayView(a: PyObject, b: PyByteArray): PyMemoryView {
  arrayOwners.set(b, a);
  const tc = getTypecode(a);
  const size = tc === 'u' ? 4 : ITEM_SIZE.get(tc)!;
  return new PyMemoryView(b, 0, tc === 'u' ? 'w' : tc, size, [Math.floor(b.bytes.length / size)], [size], false);
}

function getTypecode(a: PyObject): string {
  const tc = getAttr(a, 'typecode');
  return typeof tc === 'string' ? tc : 'B';
}

/** A type as Argument Clinic names it in "must be str, not X" (None by name). */
function argTypeName(v: PyObject): string {
  return v === None ? 'None' : typeOf(v).name;
}

/** An unpacked item for ==: numbers and bools compare by value, 'c' items as bytes. */
function itemKey(x: PyObject): number | bigint | string {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return x.value;
  return 'c' + (x as PyBytes).bytes[0];
}

function sameItem(a: number | bigint | string, b: number | bigint | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  // A number and a bigint: == compares their mathematical values (NaN is equal to nothing).
  return a == b;
}

function viewsEqual(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) return false;
  const ao = itemOffsets(a), bo = itemOffsets(b);
  for (let k = 0; k < ao.length; k++) {
    if (!sameItem(itemKey(unpackItem(a, ao[k])), itemKey(unpackItem(b, bo[k])))) return false;
  }
  return true;
}

/** tolist: nested lists of items, one level per dimension. */
function toList(m: PyMemoryView): PyObject {
  const build = (dim: number, at: number): PyObject => {
    if (dim === m.shape.length) return unpackItem(m, at);
    const items: PyObject[] = [];
    for (let i = 0; i < m.shape[dim]; i++) items.push(build(dim + 1, at + i * m.strides[dim]));
    return new PyList(items);
  };
  return build(0, m.offset);
}

/** memoryview.cast(format[, shape]): only 1-D <-> N-D, and one side's format a byte format. */
function cast(m: PyMemoryView, args: PyObject[], kwargs: Map<string, PyObject> | null): PyMemoryView {
  if (args.length === 0 && (kwargs === null || !kwargs.has('format'))) raise('TypeError', "cast() missing required argument 'format' (pos 1)");
  const [fmt, shapeArg] = parseArgs({ fname: 'cast', names: ['format', 'shape'], required: 1 }, args, kwargs);
  if (typeof fmt !== 'string') return raise('TypeError', `cast() argument 'format' must be str, not ${argTypeName(fmt as PyObject)}`);
  if (!isCContiguous(m)) raise('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  let dims: number[] | null = null;
  if (shapeArg !== undefined) {
    if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) raise('TypeError', 'shape must be a list or a tuple');
    dims = shapeArg.items.map((d) => asIndex(d));
    if (m.shape.length !== 1 && dims.length !== 1) raise('TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const code = fmt.length === 2 && fmt[0] === '@' ? fmt[1] : fmt;
  const size = fmt.length <= 2 && (fmt.length === 1 || fmt[0] === '@') ? ITEM_SIZE.get(code) : undefined;
  if (size === undefined) {
    raise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const isByte = (c: string): boolean => c === 'B' || c === 'b' || c === 'c';
  if (!isByte(m.code) && !isByte(code)) raise('TypeError', 'memoryview: cannot cast between two non-byte formats');
  const nbytes = itemCount(m) * m.itemsize;
  let shape: number[];
  if (dims === null) {
    if (nbytes % size !== 0) raise('TypeError', 'memoryview: length is not a multiple of itemsize');
    shape = [nbytes / size];
  } else {
    let product = size;
    for (const d of dims) {
      if (d <= 0) raise('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      product *= d;
    }
    if (dims.length === 0 || product !== nbytes) raise('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
    shape = dims;
  }
  const strides: number[] = new Array<number>(shape.length);
  for (let d = shape.length - 1, step = size; d >= 0; d--) {
    strides[d] = step;
    step *= shape[d];
  }
  return new PyMemoryView(m.exporter, m.offset, fmt, size, shape, strides, m.readonly);
}

setSlots(memoryviewType, {
  tp_new: (_t: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null) => {
    if (args.length === 0 && (kwargs === null || kwargs.size === 0)) raise('TypeError', "memoryview() missing required argument 'object' (pos 1)");
    if (args.length > 1) raise('TypeError', `memoryview() takes at most 1 argument (${args.length} given)`);
    const [obj] = parseArgs({ fname: 'memoryview', names: ['object'], required: 1 }, args, kwargs);
    const o = obj as PyObject;
    if (o instanceof PyMemoryView) {
      const m = live(o);
      return new PyMemoryView(m.exporter, m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
    }
    if (o instanceof PyBytes || o instanceof PyByteArray) return newView(o);
    const b = typeof o === 'object' ? arrayBuffer(o) : undefined;
    if (b !== undefined) return arrayView(o, b);
    return raise('TypeError', `memoryview: a bytes-like object is required, not '${typeOf(o).tpName}'`);
  },
  tp_repr: (v: PyObject) => `<${(v as PyMemoryView).released ? 'released ' : ''}memory at ${addressOf(v)}>`,
  tp_hash: (v: PyObject) => {
    const m = live(v);
    if (!m.readonly) raise('ValueError', 'cannot hash writable memoryview object');
    if (m.code !== 'B' && m.code !== 'b' && m.code !== 'c') raise('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    // Equal to the hash of the bytes it shows, as CPython promises.
    const bytesHash = bytesType.slots.tp_hash as (b: PyObject) => number;
    return bytesHash(new PyBytes(viewBytes(m)));
  },
  sq_length: (v: PyObject) => {
    const m = live(v);
    return m.shape[0];
  },
  mp_subscript: (v: PyObject, key: PyObject) => {
    const m = live(v);
    if (key instanceof PySlice) return sliceView(m, key);
    if (key instanceof PyTuple) {
      if (key.items.length === 0) return raise('NotImplementedError', 'sub-views are not implemented');
      return unpackItem(m, tupleOffset(m, key));
    }
    if (!hasIndex(key)) return raise('TypeError', 'memoryview: invalid slice key');
    if (m.shape.length !== 1) return raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
    return unpackItem(m, firstDimOffset(m, key));
  },
  mp_ass_subscript: (v: PyObject, key: PyObject, value: PyObject | undefined) => {
    const m = live(v);
    if (m.readonly) raise('TypeError', 'cannot modify read-only memory');
    if (value === undefined) raise('TypeError', 'cannot delete memory');
    const x = value as PyObject;
    if (key instanceof PyTuple) return packItem(m, tupleOffset(m, key), x);
    if (m.shape.length !== 1) {
      if (key instanceof PySlice) raise('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
      raise('NotImplementedError', 'memoryview assignments are currently restricted to ndim = 1');
    }
    if (key instanceof PySlice) {
      const dest = sliceView(m, key);
      const src = asView(x);
      if (src === null) return raise('TypeError', `a bytes-like object is required, not '${typeOf(x).tpName}'`);
      if (src.code !== dest.code || src.itemsize !== dest.itemsize || src.shape.length !== 1 || src.shape[0] !== dest.shape[0]) {
        raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      }
      // Copied out first: the source may be the same memory (m[1:] = m[:-1]).
      const data = viewBytes(src);
      itemOffsets(dest).forEach((at, k) => bytesAt(dest, at).set(data.subarray(k * dest.itemsize, (k + 1) * dest.itemsize), at));
      return;
    }
    if (!hasIndex(key)) raise('TypeError', 'memoryview: invalid slice key');
    packItem(m, firstDimOffset(m, key), x);
  },
  tp_iter: (v: PyObject) => {
    const m = live(v);
    if (m.shape.length !== 1) raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
    return new PyMemoryIter(m);
  },
  tp_richcompare: (v: PyObject, w: PyObject, op: CompareOp) => {
    if (op !== Py_EQ && op !== Py_NE) return NotImplemented;
    const a = v as PyMemoryView;
    let equal: boolean;
    // A released view equals only itself; live views compare item by item (a NaN item
    // makes a view unequal even to itself, as in CPython).
    if (a.released || (w instanceof PyMemoryView && w.released)) equal = v === w;
    else {
      const b = asView(w);
      if (b === null) return NotImplemented;
      equal = viewsEqual(a, b);
    }
    return op === Py_EQ ? equal : !equal;
  },
});

setSlots(memoryIteratorType, {
  tp_iter: (v: PyObject) => v,
  tp_iternext: (v: PyObject) => {
    const it = v as PyMemoryIter;
    const m = live(it.view);
    if (it.pos >= m.shape[0]) return undefined;
    return unpackItem(m, m.offset + it.pos++ * m.strides[0]);
  },
});

const mv = memoryviewType;
addLibMethod(mv, 'tobytes', (v, args, kwargs) => {
  const [order] = parseArgs({ fname: 'tobytes', names: ['order'], required: 0 }, args, kwargs);
  if (order !== undefined && order !== None && typeof order !== 'string') {
    raise('TypeError', `tobytes() argument 'order' must be str or None, not ${typeOf(order).tpName}`);
  }
  if (order !== undefined && order !== None && order !== 'C' && order !== 'F' && order !== 'A') {
    raise('ValueError', "order must be 'C', 'F' or 'A'");
  }
  return new PyBytes(viewBytes(live(v)));
});
addLibMethod(mv, 'tolist', (v) => toList(live(v)), { minArgs: 0, maxArgs: 0 });
addLibMethod(mv, 'hex', (v, args, kwargs) => {
  const [sep, perSep] = parseArgs({ fname: 'hex', names: ['sep', 'bytes_per_sep'], required: 0 }, args, kwargs);
  return hexWithSeparator(viewBytes(live(v)), sep, perSep);
});
addLibMethod(mv, 'release', (v) => {
  (v as PyMemoryView).released = true;
  return None;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(mv, 'toreadonly', (v) => {
  const m = live(v);
  return new PyMemoryView(m.exporter, m.offset, m.format, m.itemsize, m.shape, m.strides, true);
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(mv, 'cast', (v, args, kwargs) => cast(live(v), args, kwargs));
addLibMethod(mv, '__enter__', (v) => live(v), { minArgs: 0, maxArgs: 0 });
addLibMethod(mv, '__exit__', (v) => {
  (v as PyMemoryView).released = true;
  return None;
});

const intTuple = (xs: readonly number[]): PyTuple => new PyTuple(xs.slice());
addGetSet(mv, 'obj', (v) => {
  const e = live(v).exporter;
  return (e instanceof PyByteArray ? arrayOwners.get(e) : undefined) ?? e;
});
addGetSet(mv, 'nbytes', (v) => itemCount(live(v)) * (v as PyMemoryView).itemsize);
addGetSet(mv, 'readonly', (v) => live(v).readonly);
addGetSet(mv, 'itemsize', (v) => live(v).itemsize);
addGetSet(mv, 'format', (v) => live(v).format);
addGetSet(mv, 'ndim', (v) => live(v).shape.length);
addGetSet(mv, 'shape', (v) => intTuple(live(v).shape));
addGetSet(mv, 'strides', (v) => intTuple(live(v).strides));
addGetSet(mv, 'suboffsets', (v) => {
  live(v);
  return new PyTuple([]);
});
addGetSet(mv, 'c_contiguous', (v) => isCContiguous(live(v)));
addGetSet(mv, 'f_contiguous', (v) => isFContiguous(live(v)));
addGetSet(mv, 'contiguous', (v) => isCContiguous(live(v)) || isFContiguous(live(v)));

// bytes(view), b'' + view, b''.join([view]) ... see a view's bytes through bytes_methods.
registerBufferExporter(
  (v) => (v instanceof PyMemoryView ? viewBytes(live(v)) : undefined),
  // struct.pack_into, readinto: a writable C-contiguous view's own memory
  (v) => {
    if (!(v instanceof PyMemoryView)) return undefined;
    const m = live(v);
    if (m.readonly || !isCContiguous(m)) return undefined;
    const n = itemCount(m) * m.itemsize;
    if (m.offset + n > m.exporter.bytes.length) raise('IndexError', 'index out of bounds on dimension 1');
    return m.exporter.bytes.subarray(m.offset, m.offset + n);
  },
  (v) => v instanceof PyMemoryView && !isCContiguous(live(v)),
);

// bytes basics (Objects/bytesobject.c): the slots (repr, len, indexing and slicing, iteration,
// in, +, *, comparison, hash, the constructor) and the common methods (decode, hex, fromhex,
// join, split, strip, find, count, replace, startswith/endswith, upper/lower, is* ...).
// A bytes value is a PyBytes box around an immutable Uint8Array.

import { PyObject, PyBytes, PyTuple, None, NotImplemented, PyBase } from './object';
import { CompareOp, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT } from './type';
import { bytesType, bytearrayType, setSlots, typeOf, makeBuiltinType, objectType, setBuiltinType } from './types';
import { PyType } from './type';
import { percentFormat } from './percent_format';
import { runtimeFormatHooks } from './format_runtime';
import { asciiEscape } from './format_hooks';
import { repr as opRepr, hasIndex } from './ops';
import { addMethod, addClassMethod, addStaticMethod } from './function';
import { PyList, PySlice, sliceIndices, sequenceRepeatCount, searchBounds, itemIndex, builtinNamed, stateIndex } from './containers';
import { forEach, isTrue, getIter, index, iterNext, len as pyLen } from './ops';
import { getAttrOpt, lookupSpecial } from './attr';
import { callObject } from './call';
import { isPyException, TypeError as PyTypeError, hashNotImplemented, BufferError, raiseType } from './exceptions';
import { raise } from './lib_errors';
import { parseArgs, asIndex, asSsize, asCInt, addLibMethod } from './lib_args';
import { bytesRepr, bytearrayRepr } from './str_repr';
import { decodeBytes, encodeStr } from './str_methods';
import { asInt, pastSsizeT } from './int_ops';
import { finishSubtypeInstance } from './class';

/** bytearray: a mutable byte string (its `bytes` array is replaced on resizing). */
export class PyByteArray extends PyBase {
  constructor(public bytes: Uint8Array) {
    super();
  }
}
setBuiltinType(PyByteArray, bytearrayType);

function B(v: PyObject): Uint8Array {
  return (v as PyBytes | PyByteArray).bytes;
}

/** A result of the same kind as `like` (bytes or bytearray). */
function same(like: PyObject, b: Uint8Array): PyObject {
  return like instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

export function isBytesLike(v: PyObject): v is PyBytes | PyByteArray {
  return v instanceof PyBytes || v instanceof PyByteArray;
}

/** The bytes of a buffer exporter other than bytes and bytearray (memoryview registers it). */
let otherBufferBytes: (v: PyObject) => Uint8Array | undefined = () => undefined;
/** The writable bytes of a memoryview (its C-contiguous, writable memory), or undefined. */
let otherWritableBytes: (v: PyObject) => Uint8Array | undefined = () => undefined;
/** Whether v is a memoryview that is not C-contiguous. */
let nonContiguous: (v: PyObject) => boolean = () => false;
export function registerBufferExporter(
  f: (v: PyObject) => Uint8Array | undefined, w: (v: PyObject) => Uint8Array | undefined, nc: (v: PyObject) => boolean,
): void {
  otherBufferBytes = f;
  otherWritableBytes = w;
  nonContiguous = nc;
}

/**
 * bufferBytes for a C function's "y*" argument (a simple, contiguous buffer): a memoryview
 * that is not C-contiguous is a BufferError there (bytes(view) copies it in order instead).
 */
export function contiguousBytes(v: PyObject): Uint8Array | undefined {
  if (nonContiguous(v)) raiseType(BufferError, 'memoryview: underlying buffer is not C-contiguous');
  return bufferBytes(v);
}

/**
 * The contents of any bytes-like object (bytes, bytearray, memoryview, array.array), or
 * undefined: the exporter's own memory (an array's is the bytearray that holds its items,
 * modules/array_source.ts), so a caller that writes changes the object.
 */
export function bufferBytes(v: PyObject): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  if (typeof v !== 'object') return undefined;
  return otherBufferBytes(v) ?? arrayBuffer(v)?.bytes;
}

/** The memory of a writable buffer (bytearray, array.array, a writable contiguous memoryview), or undefined. */
export function writableBytes(v: PyObject): Uint8Array | undefined {
  if (v instanceof PyByteArray) return v.bytes;
  if (typeof v !== 'object' || v instanceof PyBytes) return undefined;
  return otherWritableBytes(v) ?? arrayBuffer(v)?.bytes;
}

/**
 * The bytearray holding an array.array's items (its `_b`: the array module is Python source
 * that keeps its items' machine bytes there), or undefined for any other object.
 */
export function arrayBuffer(v: PyObject): PyByteArray | undefined {
  const t = typeOf(v);
  if (!t.isHeapType || !t.mro.some((m) => m.cModule === 'array' && m.name === 'array')) return undefined;
  const b = getAttrOpt(v, '_b');
  return b instanceof PyByteArray ? b : undefined;
}

/** A bytes-like argument (bytes, bytearray or memoryview). */
function bytesArg(v: PyObject, what: string): Uint8Array {
  return bufferBytes(v) ?? raise('TypeError', `${what}a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

/**
 * bytes.hex(sep, bytes_per_sep) for bytes, bytearray and memoryview: `sep` (one ASCII
 * character, str or bytes) between groups of |bytes_per_sep| bytes, the groups counted from
 * the right when it is positive and from the left when negative; 0 puts no separator.
 */
export function hexWithSeparator(b: Uint8Array, sepArg: PyObject | undefined, perSepArg: PyObject | undefined): string {
  // Argument Clinic converts bytes_per_sep (a C int) before sep is looked at.
  const per = perSepArg === undefined ? 1 : asCInt(perSepArg);
  const hex = Buffer.from(b).toString('hex');
  if (sepArg === undefined) return hex;
  // _Py_strhex_impl: len(sep) first, then its type.
  if (pyLen(sepArg) !== 1) raise('ValueError', 'sep must be length 1.');
  let sep: string;
  if (typeof sepArg === 'string') sep = sepArg;
  else if (sepArg instanceof PyBytes) sep = String.fromCharCode(...sepArg.bytes);
  else return raise('TypeError', 'sep must be str or bytes.');
  if (sep.charCodeAt(0) > 127) raise('ValueError', 'sep must be ASCII.');
  const group = Math.abs(per);
  if (group === 0 || b.length <= group) return hex;
  const groups: string[] = [];
  if (per > 0) {
    for (let end = b.length; end > 0; end -= group) groups.unshift(hex.slice(2 * Math.max(0, end - group), 2 * end));
  } else {
    for (let start = 0; start < b.length; start += group) groups.push(hex.slice(2 * start, 2 * Math.min(b.length, start + group)));
  }
  return groups.join(sep);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return r;
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function indexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + n.length <= to; i++) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = to - n.length; i >= from; i--) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A str parameter of a built-in, in Argument Clinic's words: "decode() argument 'encoding'
 * must be str, not int" (None is named "None", not its type, as _PyArg_BadArgument does).
 */
function strParam(v: PyObject, fname: string, name: string): string {
  if (typeof v === 'string') return v;
  return raise('TypeError', `${fname}() argument '${name}' must be str, not ${v === None ? 'None' : typeOf(v).tpName}`);
}

/** A TypeError raised by Python code or the runtime (the fall-throughs of bytes_new). */
function isTypeError(e: unknown): boolean {
  return isPyException(e) && typeOf(e).isSubtypeOf(PyTypeError);
}

/**
 * bytes(x) and bytearray(x) (bytes_new / bytearray___init__), in CPython's order:
 * encoding/errors only with a str; bytes() calls __bytes__ first (bytearray() does not);
 * a str needs an encoding; bytes-like copies; an int or an object with __index__ is a count
 * of zero bytes (a TypeError from __index__ falls through to iteration, as in CPython); else
 * an iterable of ints, and an object that is not iterable "cannot convert".
 */
function bytesNew(args: PyObject[], kwargs: Map<string, PyObject> | null, fname: 'bytes' | 'bytearray' = 'bytes'): PyBytes {
  const [src, encoding, errors] = parseArgs({ fname, names: ['source', 'encoding', 'errors'], required: 0 }, args, kwargs);
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) raise('TypeError', `${encoding !== undefined ? 'encoding' : 'errors'} without a string argument`);
    return new PyBytes(new Uint8Array(0));
  }
  if (typeof src === 'string') {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    const enc = strParam(encoding, fname, 'encoding');
    return encodeStr(src, enc, errors === undefined ? 'strict' : strParam(errors, fname, 'errors'));
  }
  if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
  if (errors !== undefined) raise('TypeError', 'errors without a string argument');
  if (fname === 'bytes' && typeof src === 'object' && !(src instanceof PyBytes)) {
    const conv = lookupSpecial(src, '__bytes__');
    if (conv !== undefined) {
      const r = callObject(conv, [], null);
      if (!(r instanceof PyBytes)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeOf(r).tpName})`);
      return r;
    }
  }
  if (src instanceof PyBytes) return src;
  const buffer = bufferBytes(src);
  if (buffer !== undefined) return new PyBytes(buffer.slice());
  if (hasIndex(src)) {
    let n: number | bigint | null = null;
    try {
      n = index(src);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
    if (n !== null) {
      if (typeof n === 'bigint' && pastSsizeT(n)) raise('OverflowError', `cannot fit '${typeOf(src).tpName}' into an index-sized integer`);
      if (n < 0) raise('ValueError', 'negative count');
      // A count past what can be allocated is V8's RangeError, MemoryError in the VMs.
      return new PyBytes(new Uint8Array(Number(n)));
    }
  }
  let it: PyObject;
  try {
    it = getIter(src);
  } catch (e) {
    if (isTypeError(e)) raise('TypeError', `cannot convert '${typeOf(src).tpName}' object to ${fname}`);
    throw e;
  }
  // The iterator itself, not forEach(it): that would call a Python iterator's __iter__ again.
  const out: number[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (!hasIndex(x)) {
      raise('TypeError', `'${typeOf(x).tpName}' object cannot be interpreted as an integer`);
    }
    const v = asIndex(x);
    if (v < 0 || v > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    out.push(v);
  }
  return new PyBytes(Uint8Array.from(out));
}

class PyBytesIter extends PyBase {
  pos = 0;
  /**
   * The bytes or bytearray iterated; null once next() has met the end (CPython's it_seq). Its
   * contents are read at each step: a bytearray resized during the loop is seen, as in CPython.
   */
  seq: PyObject | null;
  constructor(seq: PyObject) {
    super();
    this.seq = seq;
  }
}
/** bytearray's iterator: the same walk under CPython's own type name, bytearray_iterator. */
class PyByteArrayIter extends PyBytesIter {}
const bytesIteratorType = makeBuiltinType('bytes_iterator', objectType);
const bytearrayIteratorType = makeBuiltinType('bytearray_iterator', objectType);
setBuiltinType(PyBytesIter, bytesIteratorType);
setBuiltinType(PyByteArrayIter, bytearrayIteratorType);
for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  addMethod(t, '__length_hint__', (v) => {
    const it = v as PyBytesIter;
    return it.seq === null ? 0 : Math.max(0, B(it.seq).length - it.pos);
  }, { minArgs: 0, maxArgs: 0 });
  setSlots(t, {
    tp_iter: (v) => v,
    tp_iternext: (v) => {
      const it = v as PyBytesIter;
      if (it.seq === null) return undefined;
      const b = B(it.seq);
      if (it.pos < b.length) return b[it.pos++];
      it.seq = null;
      return undefined;
    },
  });
  // Pickling and copying (CPython's striter_reduce / striter_setstate, and bytearray's): (iter,
  // (seq,), index) while the iterator has its object, (iter, ((),)) once it has met the end;
  // __setstate__ clamps the index to 0..len and does nothing once the end was met.
  addMethod(t, '__reduce__', (v) => {
    const it = v as PyBytesIter;
    const iterFn = builtinNamed('iter');
    if (it.seq !== null) return new PyTuple([iterFn, new PyTuple([it.seq]), it.pos]);
    return new PyTuple([iterFn, new PyTuple([new PyTuple([])])]);
  }, { minArgs: 0, maxArgs: 0 });
  addMethod(t, '__setstate__', (v, args) => {
    const it = v as PyBytesIter;
    const k = stateIndex(args[0]);
    if (it.seq !== null) it.pos = Math.min(Math.max(k, 0), B(it.seq).length);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
}

function commonSlots(kind: 'bytes' | 'bytearray') {
  return {
  // A bytearray subclass's repr names the subclass (bytearray_repr uses the type's name).
  tp_repr: (v: PyObject) => (kind === 'bytes' ? bytesRepr(B(v)) : byteArrayReprOf(v)),
  tp_str: (v: PyObject) => (kind === 'bytes' ? bytesRepr(B(v)) : byteArrayReprOf(v)),
  tp_hash: (v: PyObject) => {
    let h = 0x811c9dc5 | 0;
    for (const c of B(v)) { h ^= c; h = Math.imul(h, 0x01000193); }
    return h === -1 ? -2 : h;
  },
  sq_length: (v: PyObject) => B(v).length,
  mp_subscript: (v: PyObject, key: PyObject) => {
    const b = B(v);
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, b.length);
      if (step === 1) return same(v, b.slice(start, start + len));
      const out = new Uint8Array(len);
      for (let i = 0, j = start; i < len; i++, j += step) out[i] = b[j];
      return same(v, out);
    }
    if (!hasIndex(key)) {
      raise('TypeError', `byte indices must be integers or slices, not ${typeOf(key).tpName}`);
    }
    let i = itemIndex(key);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise('IndexError', 'index out of range');
    return b[i];
  },
  sq_contains: (v: PyObject, x: PyObject) => {
    const b = B(v);
    if (typeof x === 'number' || typeof x === 'boolean') {
      const n = Number(x);
      if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
      return b.includes(n);
    }
    return indexOf(b, bytesArg(x, ''), 0, b.length) >= 0;
  },
  sq_concat: (v: PyObject, w: PyObject) => {
    const other = bufferBytes(w) ?? raise('TypeError', `can't concat ${typeOf(w).tpName} to ${kind}`);
    return same(v, concat(B(v), other));
  },
  sq_repeat: (v: PyObject, n: PyObject) => {
    const b = B(v);
    const k = sequenceRepeatCount(n, b.length, 'repeated bytes are too long', 2 ** 31);
    const out = new Uint8Array(b.length * k);
    for (let i = 0; i < k; i++) out.set(b, i * b.length);
    return same(v, out);
  },
  tp_iter: (v: PyObject) => (kind === 'bytes' ? new PyBytesIter(v) : new PyByteArrayIter(v)),
  tp_richcompare: (v: PyObject, w: PyObject, op: CompareOp) => {
    if (!isBytesLike(w)) return NotImplemented;
    const c = cmpBytes(B(v), w.bytes);
    switch (op) {
      case Py_LT: return c < 0;
      case Py_LE: return c <= 0;
      case Py_EQ: return c === 0;
      case Py_NE: return c !== 0;
      case Py_GT: return c > 0;
      default: return c >= 0;
    }
  },
  nb_bool: (v: PyObject) => B(v).length !== 0,
  nb_remainder: (v: PyObject, w: PyObject) => (isBytesLike(v) ? same(v, bytesPercent(B(v), w)) : NotImplemented),
  };
}

function byteArrayReprOf(v: PyObject): string {
  const t = typeOf(v);
  return t === bytearrayType ? bytearrayRepr(B(v)) : `${t.name}(${bytesRepr(B(v))})`;
}

setSlots(bytesType, {
  ...commonSlots('bytes'),
  tp_new: (t: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null) => {
    const b = bytesNew(args, kwargs);
    // A subclass's instance is a new object of its own (with its __dict__), never `source`.
    return t === bytesType ? b : finishSubtypeInstance(new PyBytes(b.bytes), t);
  },
});
setSlots(bytearrayType, {
  ...commonSlots('bytearray'),
  tp_hash: hashNotImplemented,
  tp_new: (t: PyType) => finishSubtypeInstance(new PyByteArray(new Uint8Array(0)), t),
  tp_init: (self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => {
    (self as PyByteArray).bytes = args.length === 0 && kwargs === null ? new Uint8Array(0) : bytesNew(args, kwargs, 'bytearray').bytes.slice();
  },
  mp_ass_subscript: (v: PyObject, key: PyObject, value: PyObject | undefined) => {
    const ba = v as PyByteArray;
    const b = ba.bytes;
    if (key instanceof PySlice) {
      const [start, stop, step, len] = sliceIndices(key, b.length);
      const src = value === undefined ? new Uint8Array(0) : bufferBytes(value)?.slice() ?? bytesNew([value], null).bytes;
      if (step === 1) {
        ba.bytes = concat(concat(b.slice(0, start), src), b.slice(Math.max(start, stop)));
        return;
      }
      if (value === undefined) {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
        ba.bytes = b.filter((_, i) => !drop.has(i));
        return;
      }
      if (src.length !== len) raise('ValueError', `attempt to assign bytes of size ${src.length} to extended slice of size ${len}`);
      for (let i = 0, j = start; i < len; i++, j += step) b[j] = src[i];
      return;
    }
    let i = itemIndex(key);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise('IndexError', 'bytearray index out of range');
    if (value === undefined) ba.bytes = concat(b.slice(0, i), b.slice(i + 1));
    else {
      const x = asIndex(value);
      if (x < 0 || x > 255) raise('ValueError', 'byte must be in range(0, 256)');
      b[i] = x;
    }
  },
  nb_inplace_add: (v: PyObject, w: PyObject) => {
    (v as PyByteArray).bytes = concat(B(v), bytesArg(w, "can't concat " + typeOf(w).tpName + ' to bytearray: '));
    return v;
  },
});

/** bytes % args: formatted through the str formatter over latin-1 text. */
function bytesPercent(fmt: Uint8Array, args: PyObject): Uint8Array {
  const latin = (b: Uint8Array): string => String.fromCharCode(...b);
  const toLatin = (o: PyObject): string => {
    if (isBytesLike(o)) return latin(B(o));
    return raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(o).tpName}'`);
  };
  const hooks = { ...runtimeFormatHooks, str: toLatin, repr: (o: PyObject) => asciiEscape(opRepr(o)) };
  const out = percentFormat(latin(fmt).replace(/%b/g, '%s'), args, hooks);
  const r = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) r[i] = out.charCodeAt(i) & 0xff;
  return r;
}

const none0 = { minArgs: 0, maxArgs: 0 };
for (const bt of [bytesType, bytearrayType]) {
addLibMethod(bt, 'decode', (v, args, kwargs) => {
  if (args.length === 0 && kwargs === null) return decodeBytes(B(v), 'utf-8', 'strict');
  const [enc, errors] = parseArgs({ fname: 'decode', names: ['encoding', 'errors'], required: 0 }, args, kwargs);
  return decodeBytes(B(v), enc === undefined ? 'utf-8' : strParam(enc, 'decode', 'encoding'), errors === undefined ? 'strict' : strParam(errors, 'decode', 'errors'));
});
addLibMethod(bt, 'hex', (v, args, kwargs) => {
  if (args.length === 0 && kwargs === null) return Buffer.from(B(v)).toString('hex');
  const [sep, perSep] = parseArgs({ fname: 'hex', names: ['sep', 'bytes_per_sep'], required: 0 }, args, kwargs);
  return hexWithSeparator(B(v), sep, perSep);
});
addClassMethod(bt, 'fromhex', (cls, args) => {
  const owner = cls === bytearrayType ? 'bytearray' : 'bytes';
  if (args.length !== 1) raise('TypeError', `${owner}.fromhex() takes exactly one argument (${args.length} given)`);
  if (typeof args[0] !== 'string') raise('TypeError', `fromhex() argument must be str, not ${typeOf(args[0]).tpName}`);
  const s = args[0].replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${s.search(/[^0-9a-fA-F]/) < 0 ? s.length : s.search(/[^0-9a-fA-F]/)}`);
  const raw = Uint8Array.from(Buffer.from(s, 'hex'));
  return cls === bytearrayType ? new PyByteArray(raw) : new PyBytes(raw);
});
addLibMethod(bt, 'join', (v, args) => {
  const sep = B(v);
  const parts: Uint8Array[] = [];
  let i = 0;
  let items: PyObject;
  try {
    items = getIter(args[0]);
  } catch (e) {
    if (isTypeError(e)) raise('TypeError', 'can only join an iterable');
    throw e;
  }
  forEach(items, (x) => {
    parts.push(bufferBytes(x) ?? raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeOf(x).tpName} found`));
    i++;
  });
  let out: Uint8Array = new Uint8Array(0);
  parts.forEach((p, k) => { out = concat(k > 0 ? concat(out, sep) : out, p); });
  void 0;
  return same(v, out);
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bt, 'find', (v, args) => {
  const [b, n, lo, hi] = searchArgs(v, args, 'find');
  return indexOf(b, n, lo, hi);
}, { noKwargs: true });
addLibMethod(bt, 'rfind', (v, args) => {
  const [b, n, lo, hi] = searchArgs(v, args, 'rfind');
  return lastIndexOf(b, n, lo, hi);
}, { noKwargs: true });
addLibMethod(bt, 'index', (v, args) => {
  const [b, n, lo, hi] = searchArgs(v, args, 'index');
  const i = indexOf(b, n, lo, hi);
  if (i < 0) raise('ValueError', 'subsection not found');
  return i;
}, { noKwargs: true });
addLibMethod(bt, 'rindex', (v, args) => {
  const [b, n, lo, hi] = searchArgs(v, args, 'rindex');
  const i = lastIndexOf(b, n, lo, hi);
  if (i < 0) raise('ValueError', 'subsection not found');
  return i;
}, { noKwargs: true });
addLibMethod(bt, 'count', (v, args) => {
  const [b, n, lo, hi] = searchArgs(v, args, 'count');
  if (hi - lo < n.length) return 0;
  if (n.length === 0) return hi - lo + 1;
  let c = 0, i = lo;
  for (;;) {
    const j = indexOf(b, n, i, hi);
    if (j < 0) return c;
    c++;
    i = j + n.length;
  }
}, { noKwargs: true });
addLibMethod(bt, 'replace', (v, args) => {
  const b = B(v), old = bytesArg(args[0], ''), rep = bytesArg(args[1], '');
  const out: number[] = [];
  let i = 0;
  let count = args.length > 2 ? asIndex(args[2]) : -1;
  while (i <= b.length && count !== 0) {
    const j = old.length === 0 ? i : indexOf(b, old, i, b.length);
    if (j < 0 || j > b.length) break;
    for (let k = i; k < j; k++) out.push(b[k]);
    for (const c of rep) out.push(c);
    if (old.length === 0) { if (j < b.length) out.push(b[j]); i = j + 1; } else i = j + old.length;
    count--;
  }
  for (let k = i; k < b.length; k++) out.push(b[k]);
  return same(v, Uint8Array.from(out));
}, { minArgs: 2, maxArgs: 3 });
addLibMethod(bt, 'split', (v, args, kwargs) => {
  const [sep, maxsplitArg] = parseArgs({ fname: 'split', names: ['sep', 'maxsplit'], required: 0 }, args, kwargs);
  const b = B(v);
  let maxsplit = maxsplitArg === undefined ? -1 : asIndex(maxsplitArg);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: PyObject[] = [];
  if (sep === undefined || sep === None) {
    const ws = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
    let i = 0;
    while (i < b.length) {
      while (i < b.length && ws(b[i])) i++;
      if (i >= b.length) break;
      if (maxsplit-- <= 0) { out.push(same(v, b.slice(i))); break; }
      let j = i;
      while (j < b.length && !ws(b[j])) j++;
      out.push(same(v, b.slice(i, j)));
      i = j;
    }
    return new PyList(out);
  }
  const s = bytesArg(sep, '');
  if (s.length === 0) raise('ValueError', 'empty separator');
  let i = 0;
  while (maxsplit-- > 0) {
    const j = indexOf(b, s, i, b.length);
    if (j < 0) break;
    out.push(same(v, b.slice(i, j)));
    i = j + s.length;
  }
  out.push(same(v, b.slice(i)));
  return new PyList(out);
});
function strip(v: PyObject, args: PyObject[], left: boolean, right: boolean): PyObject {
  const b = B(v);
  const set = args.length === 0 || args[0] === None ? new Set([32, 9, 10, 11, 12, 13]) : new Set(bytesArg(args[0], ''));
  let i = 0, j = b.length;
  if (left) while (i < j && set.has(b[i])) i++;
  if (right) while (j > i && set.has(b[j - 1])) j--;
  return same(v, b.slice(i, j));
}
addLibMethod(bt, 'strip', (v, args) => strip(v, args, true, true), { minArgs: 0, maxArgs: 1 });
addLibMethod(bt, 'lstrip', (v, args) => strip(v, args, true, false), { minArgs: 0, maxArgs: 1 });
addLibMethod(bt, 'rstrip', (v, args) => strip(v, args, false, true), { minArgs: 0, maxArgs: 1 });
/** startswith/endswith(prefix[, start[, end]]): prefix is bytes-like or a tuple of them. */
function startsEnds(v: PyObject, args: PyObject[], ends: boolean): boolean {
  const fname = ends ? 'endswith' : 'startswith';
  if (args.length < 1) raise('TypeError', `${fname}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise('TypeError', `${fname}() takes at most 3 arguments (${args.length} given)`);
  const b = B(v);
  const [lo, hi] = searchBounds(args[1], args[2], b.length);
  const test = (p: Uint8Array): boolean => {
    if (lo > b.length || p.length > hi - lo) return false;
    const off = ends ? hi - p.length : lo;
    for (let k = 0; k < p.length; k++) if (b[off + k] !== p[k]) return false;
    return true;
  };
  const w = args[0];
  // A member of a tuple gets the generic message, the argument itself the method's.
  if (w instanceof PyTuple) return w.items.some((x) => test(bytesArg(x, '')));
  return test(bufferBytes(w) ?? raise('TypeError', `${fname} first arg must be bytes or a tuple of bytes, not ${typeOf(w).tpName}`));
}
addLibMethod(bt, 'startswith', (v, args) => startsEnds(v, args, false), { noKwargs: true });
addLibMethod(bt, 'endswith', (v, args) => startsEnds(v, args, true), { noKwargs: true });
function mapBytes(v: PyObject, f: (c: number) => number): PyObject {
  return same(v, B(v).map(f));
}
addLibMethod(bt, 'upper', (v) => mapBytes(v, (c) => (c >= 97 && c <= 122 ? c - 32 : c)), none0);
addLibMethod(bt, 'lower', (v) => mapBytes(v, (c) => (c >= 65 && c <= 90 ? c + 32 : c)), none0);
function allBytes(v: PyObject, p: (c: number) => boolean): boolean {
  const b = B(v);
  return b.length > 0 && b.every(p);
}
addLibMethod(bt, 'isdigit', (v) => allBytes(v, (c) => c >= 48 && c <= 57), none0);
addLibMethod(bt, 'isalpha', (v) => allBytes(v, (c) => (c | 32) >= 97 && (c | 32) <= 122), none0);
addLibMethod(bt, 'isspace', (v) => allBytes(v, (c) => c === 32 || (c >= 9 && c <= 13)), none0);
addLibMethod(bt, 'isalnum', (v) => allBytes(v, (c) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)), none0);
addLibMethod(bt, '__getnewargs__', (v) => new PyTuple([v]), none0);

addLibMethod(bt, 'rsplit', (v, args, kwargs) => {
  const [sep, maxsplitArg] = parseArgs({ fname: 'rsplit', names: ['sep', 'maxsplit'], required: 0 }, args, kwargs);
  const b = B(v);
  let maxsplit = maxsplitArg === undefined ? -1 : asIndex(maxsplitArg);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: PyObject[] = [];
  if (sep === undefined || sep === None) {
    const ws = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
    let j = b.length;
    while (j > 0) {
      while (j > 0 && ws(b[j - 1])) j--;
      if (j <= 0) break;
      if (maxsplit-- <= 0) { out.push(same(v, b.slice(0, j))); break; }
      let i = j;
      while (i > 0 && !ws(b[i - 1])) i--;
      out.push(same(v, b.slice(i, j)));
      j = i;
    }
    return new PyList(out.reverse());
  }
  const sp = bytesArg(sep, '');
  if (sp.length === 0) raise('ValueError', 'empty separator');
  let j = b.length;
  while (maxsplit-- > 0) {
    const i = lastIndexOf(b, sp, 0, j);
    if (i < 0) break;
    out.push(same(v, b.slice(i + sp.length, j)));
    j = i;
  }
  out.push(same(v, b.slice(0, j)));
  return new PyList(out.reverse());
});
addLibMethod(bt, 'title', (v) => {
  let prevCased = false;
  return same(v, B(v).map((c) => {
    const lower = c >= 97 && c <= 122, upper = c >= 65 && c <= 90;
    const r = prevCased ? (upper ? c + 32 : c) : lower ? c - 32 : c;
    prevCased = lower || upper;
    return r;
  }));
}, none0);
addLibMethod(bt, 'capitalize', (v) => same(v, B(v).map((c, i) => (i === 0 ? (c >= 97 && c <= 122 ? c - 32 : c) : c >= 65 && c <= 90 ? c + 32 : c))), none0);
addLibMethod(bt, 'swapcase', (v) => same(v, B(v).map((c) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c))), none0);
addLibMethod(bt, 'isupper', (v) => B(v).some((c) => c >= 65 && c <= 90) && !B(v).some((c) => c >= 97 && c <= 122), none0);
addLibMethod(bt, 'islower', (v) => B(v).some((c) => c >= 97 && c <= 122) && !B(v).some((c) => c >= 65 && c <= 90), none0);
function pad(v: PyObject, args: PyObject[], how: 'l' | 'r' | 'c'): PyObject {
  const width = asSsize(args[0]);
  const fill = args.length > 1 ? bytesArg(args[1], '') : Uint8Array.of(32);
  if (fill.length !== 1) raise('TypeError', `${how === 'l' ? 'ljust' : how === 'r' ? 'rjust' : 'center'}() argument 2 must be a byte string of length 1, not bytes`);
  const b = B(v);
  if (width <= b.length) return same(v, b.slice());
  const marg = width - b.length;
  const left = how === 'l' ? 0 : how === 'r' ? marg : Math.floor(marg / 2) + (marg & width & 1);
  const out = new Uint8Array(width).fill(fill[0]);
  out.set(b, left);
  return same(v, out);
}
addLibMethod(bt, 'ljust', (v, args) => pad(v, args, 'l'), { minArgs: 1, maxArgs: 2 });
addLibMethod(bt, 'rjust', (v, args) => pad(v, args, 'r'), { minArgs: 1, maxArgs: 2 });
addLibMethod(bt, 'center', (v, args) => pad(v, args, 'c'), { minArgs: 1, maxArgs: 2 });
addLibMethod(bt, 'partition', (v, args) => partition(v, args[0], false), { minArgs: 1, maxArgs: 1 });
addLibMethod(bt, 'rpartition', (v, args) => partition(v, args[0], true), { minArgs: 1, maxArgs: 1 });
addLibMethod(bt, 'expandtabs', (v, args, kwargs) => {
  const [size] = parseArgs({ fname: 'expandtabs', names: ['tabsize'], required: 0 }, args, kwargs);
  const tab = size === undefined ? 8 : asCInt(size);
  const out: number[] = [];
  let column = 0;
  for (const c of B(v)) {
    if (c === 9) {
      if (tab > 0) {
        const n = tab - (column % tab);
        for (let k = 0; k < n; k++) out.push(32);
        column += n;
      }
    } else {
      out.push(c);
      column = c === 10 || c === 13 ? 0 : column + 1;
    }
  }
  return same(v, Uint8Array.from(out));
});
addLibMethod(bt, 'isascii', (v) => B(v).every((c) => c < 128), none0);
addLibMethod(bt, 'istitle', (v) => {
  // Cased runs must start upper-case and continue lower-case; at least one cased byte.
  let cased = false, previousCased = false;
  for (const c of B(v)) {
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (upper) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (lower) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}, none0);
addStaticMethod(bt, 'maketrans', (args) => {
  if (args.length !== 2) raise('TypeError', `maketrans expected 2 arguments, got ${args.length}`);
  const from = bytesArg(args[0], ''), to = bytesArg(args[1], '');
  if (from.length !== to.length) raise('ValueError', 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  from.forEach((c, i) => { table[c] = to[i]; });
  return new PyBytes(table);
});
addLibMethod(bt, 'translate', (v, args, kwargs) => {
  const [tableArg, deleteArg] = parseArgs({ fname: 'translate', names: ['table', 'delete'], required: 1, posOnly: 1 }, args, kwargs);
  const table = tableArg === None ? null : bytesArg(tableArg as PyObject, '');
  if (table !== null && table.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
  const drop = deleteArg === undefined ? null : new Set(bytesArg(deleteArg, ''));
  const out: number[] = [];
  for (const c of B(v)) if (drop === null || !drop.has(c)) out.push(table === null ? c : table[c]);
  return same(v, Uint8Array.from(out));
});
addLibMethod(bt, 'removeprefix', (v, args) => {
  const b = B(v), p = bytesArg(args[0], '');
  return same(v, p.length <= b.length && p.every((c, i) => b[i] === c) ? b.slice(p.length) : b.slice());
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bt, 'removesuffix', (v, args) => {
  const b = B(v), p = bytesArg(args[0], ''), off = b.length - p.length;
  return same(v, p.length > 0 && off >= 0 && p.every((c, i) => b[off + i] === c) ? b.slice(0, off) : b.slice());
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bt, 'splitlines', (v, args, kwargs) => {
  const [keep] = parseArgs({ fname: 'splitlines', names: ['keepends'], required: 0 }, args, kwargs);
  // keepends is converted as an int (bool(accept={int})): a float is refused.
  const keepends = keep !== undefined && asIndex(keep) !== 0;
  const b = B(v), out: PyObject[] = [];
  let i = 0;
  while (i < b.length) {
    let j = i;
    while (j < b.length && b[j] !== 10 && b[j] !== 13) j++;
    // Only \n, \r and \r\n end a line of bytes (str also splits at \v, \f, \x1c...).
    const eol = j < b.length ? (b[j] === 13 && b[j + 1] === 10 ? 2 : 1) : 0;
    out.push(same(v, b.slice(i, keepends ? j + eol : j)));
    i = j + eol;
  }
  return new PyList(out);
});
addLibMethod(bt, 'zfill', (v, args) => {
  const b = B(v), width = asSsize(args[0]);
  if (width <= b.length) return same(v, b.slice());
  const out = new Uint8Array(width).fill(48);
  const signed = b.length > 0 && (b[0] === 43 || b[0] === 45);
  out.set(b.subarray(signed ? 1 : 0), width - b.length + (signed ? 1 : 0));
  if (signed) out[0] = b[0];
  return same(v, out);
}, { minArgs: 1, maxArgs: 1 });

}
void asInt;

/**
 * The shared arguments of find, rfind, index, rindex and count: (sub[, start[, end]]), sub
 * a bytes-like object or an int in range(256); start and end clamped like a slice's.
 */
function searchArgs(v: PyObject, args: PyObject[], fname: string): [Uint8Array, Uint8Array, number, number] {
  // PyArg_ParseTuple's wording ("find() takes at least 1 argument (0 given)").
  if (args.length < 1) raise('TypeError', `${fname}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise('TypeError', `${fname}() takes at most 3 arguments (${args.length} given)`);
  const b = B(v), sub = args[0];
  // start and end are converted first (PyArg_ParseTuple's O& converters), then sub.
  const [lo, hi] = searchBounds(args[1], args[2], b.length);
  let needle: Uint8Array;
  if (typeof sub === 'number' || typeof sub === 'boolean' || typeof sub === 'bigint') {
    const n = asIndex(sub);
    if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
    needle = Uint8Array.of(n);
  } else needle = bufferBytes(sub) ?? raise('TypeError', `argument should be integer or bytes-like object, not '${typeOf(sub).tpName}'`);
  return [b, needle, lo, hi];
}

/** partition / rpartition: (head, sep, tail) at the first / last occurrence of sep. */
function partition(v: PyObject, sepArg: PyObject, fromRight: boolean): PyTuple {
  const b = B(v), sep = bytesArg(sepArg, '');
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = fromRight ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
  const empty = (): PyObject => same(v, new Uint8Array(0));
  if (i < 0) return new PyTuple(fromRight ? [empty(), empty(), same(v, b.slice())] : [same(v, b.slice()), empty(), empty()]);
  return new PyTuple([same(v, b.slice(0, i)), same(v, sep.slice()), same(v, b.slice(i + sep.length))]);
}

function BA(v: PyObject): PyByteArray {
  return v as PyByteArray;
}
function byteValue(x: PyObject): number {
  const n = asIndex(x);
  if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return n;
}
// Pickling and copying (CPython's bytearray_reduce_ex / _common_reduce): (type, (the bytes as
// a latin-1 str, 'latin-1'), state) below protocol 3 and for __reduce__, (type, (bytes,),
// state) from 3 on; the state is a subclass instance's __dict__ when it has items, else None
// (3.11's object.__getstate__).
function bytearrayReduce(v: PyObject, proto: number): PyObject {
  const data = BA(v).bytes;
  let args: PyTuple;
  if (proto < 3) {
    let latin1 = '';
    for (let i = 0; i < data.length; i++) latin1 += String.fromCharCode(data[i]);
    args = new PyTuple([latin1, 'latin-1']);
  } else {
    args = new PyTuple([new PyBytes(data.slice())]);
  }
  const dict = getAttrOpt(v, '__dict__');
  return new PyTuple([typeOf(v), args, dict !== undefined && pyLen(dict) > 0 ? dict : None]);
}
addLibMethod(bytearrayType, '__reduce__', (v) => bytearrayReduce(v, 0), { minArgs: 0, maxArgs: 0 });
addLibMethod(bytearrayType, '__reduce_ex__', (v, a) => bytearrayReduce(v, a.length > 0 ? asCInt(a[0]) : 0), { minArgs: 0, maxArgs: 1 });
addLibMethod(bytearrayType, 'append', (v, a) => { BA(v).bytes = concat(BA(v).bytes, Uint8Array.of(byteValue(a[0]))); return None; }, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytearrayType, 'extend', (v, a) => {
  BA(v).bytes = concat(BA(v).bytes, bufferBytes(a[0]) ?? bytesNew([a[0]], null).bytes);
  return None;
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytearrayType, 'pop', (v, a) => {
  const b = BA(v).bytes;
  if (b.length === 0) raise('IndexError', 'pop from empty bytearray');
  let i = a.length > 0 ? asIndex(a[0]) : b.length - 1;
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) raise('IndexError', 'pop index out of range');
  const x = b[i];
  BA(v).bytes = concat(b.slice(0, i), b.slice(i + 1));
  return x;
}, { minArgs: 0, maxArgs: 1 });
addLibMethod(bytearrayType, 'insert', (v, a) => {
  const b = BA(v).bytes;
  let i = asIndex(a[0]);
  if (i < 0) i = Math.max(0, i + b.length);
  i = Math.min(i, b.length);
  BA(v).bytes = concat(concat(b.slice(0, i), Uint8Array.of(byteValue(a[1]))), b.slice(i));
  return None;
}, { minArgs: 2, maxArgs: 2 });
addLibMethod(bytearrayType, 'remove', (v, a) => {
  const b = BA(v).bytes;
  const x = byteValue(a[0]);
  const i = b.indexOf(x);
  if (i < 0) raise('ValueError', 'value not found in bytearray');
  BA(v).bytes = concat(b.slice(0, i), b.slice(i + 1));
  return None;
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytearrayType, 'clear', (v) => { BA(v).bytes = new Uint8Array(0); return None; }, { minArgs: 0, maxArgs: 0 });
addLibMethod(bytearrayType, 'reverse', (v) => { BA(v).bytes.reverse(); return None; }, { minArgs: 0, maxArgs: 0 });
addLibMethod(bytearrayType, 'copy', (v) => new PyByteArray(BA(v).bytes.slice()), { minArgs: 0, maxArgs: 0 });

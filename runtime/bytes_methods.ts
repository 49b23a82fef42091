// bytes basics (Objects/bytesobject.c): the slots (repr, len, indexing and slicing, iteration,
// in, +, *, comparison, hash, the constructor) and the common methods (decode, hex, fromhex,
// join, split, strip, find, count, replace, startswith/endswith, upper/lower, is* ...).
// A bytes value is a PyBytes box around an immutable Uint8Array.

import { PyObject, PyBytes, PyTuple, None, NotImplemented, PyBase } from './object';
import { CompareOp, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT } from './type';
import { bytesType, setSlots, typeOf, makeBuiltinType, objectType, setBuiltinType } from './types';
import { addMethod, addClassMethod } from './function';
import { PyList, PySlice, sliceIndices } from './containers';
import { forEach, isTrue } from './ops';
import { raise } from './lib_errors';
import { parseArgs, asIndex, addLibMethod } from './lib_args';
import { bytesRepr } from './str_repr';
import { decodeBytes, encodeStr } from './str_methods';
import { asInt } from './int_ops';

function B(v: PyObject): Uint8Array {
  return (v as PyBytes).bytes;
}

/** A bytes-like argument (bytes only: bytearray/memoryview are not modelled). */
function bytesArg(v: PyObject, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  return raise('TypeError', `${what}a bytes-like object is required, not '${typeOf(v).name}'`);
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

/** bytes(x) (bytes_new): from an int count, an iterable of ints, or a str with an encoding. */
function bytesNew(args: PyObject[], kwargs: Map<string, PyObject> | null): PyBytes {
  const [src, encoding, errors] = parseArgs({ fname: 'bytes', names: ['source', 'encoding', 'errors'], required: 0 }, args, kwargs);
  if (src === undefined) return new PyBytes(new Uint8Array(0));
  if (typeof src === 'string') {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    return encodeStr(src, encoding as string, errors === undefined ? 'strict' : (errors as string));
  }
  if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
  if (src instanceof PyBytes) return src;
  if (typeof src === 'number' || typeof src === 'boolean') {
    const n = Number(src);
    if (n < 0) raise('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(n));
  }
  const out: number[] = [];
  forEach(src, (x) => {
    if (typeof x !== 'number' && typeof x !== 'boolean' && typeof x !== 'bigint' && typeOf(x).slots.nb_index === undefined) {
      raise('TypeError', `'${typeOf(x).name}' object cannot be interpreted as an integer`);
    }
    const v = asIndex(x);
    if (v < 0 || v > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    out.push(v);
  });
  return new PyBytes(Uint8Array.from(out));
}

class PyBytesIter extends PyBase {
  pos = 0;
  constructor(public readonly b: Uint8Array) {
    super();
  }
}
const bytesIteratorType = makeBuiltinType('bytes_iterator', objectType);
setBuiltinType(PyBytesIter, bytesIteratorType);
setSlots(bytesIteratorType, {
  tp_iter: (v) => v,
  tp_iternext: (v) => {
    const it = v as PyBytesIter;
    return it.pos < it.b.length ? it.b[it.pos++] : undefined;
  },
});

setSlots(bytesType, {
  tp_repr: (v) => bytesRepr(B(v)),
  tp_str: (v) => bytesRepr(B(v)),
  tp_hash: (v) => {
    let h = 0x811c9dc5 | 0;
    for (const c of B(v)) { h ^= c; h = Math.imul(h, 0x01000193); }
    return h === -1 ? -2 : h;
  },
  sq_length: (v) => B(v).length,
  mp_subscript: (v, key) => {
    const b = B(v);
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, b.length);
      if (step === 1) return new PyBytes(b.slice(start, start + len));
      const out = new Uint8Array(len);
      for (let i = 0, j = start; i < len; i++, j += step) out[i] = b[j];
      return new PyBytes(out);
    }
    if (typeof key !== 'number' && typeof key !== 'boolean' && typeOf(key).slots.nb_index === undefined) {
      raise('TypeError', `byte indices must be integers or slices, not ${typeOf(key).name}`);
    }
    let i = asIndex(key);
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) raise('IndexError', 'index out of range');
    return b[i];
  },
  sq_contains: (v, x) => {
    const b = B(v);
    if (typeof x === 'number' || typeof x === 'boolean') {
      const n = Number(x);
      if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
      return b.includes(n);
    }
    return indexOf(b, bytesArg(x, ''), 0, b.length) >= 0;
  },
  sq_concat: (v, w) => {
    if (!(w instanceof PyBytes)) raise('TypeError', `can't concat ${typeOf(w).name} to bytes`);
    return new PyBytes(concat(B(v), (w as PyBytes).bytes));
  },
  sq_repeat: (v, n) => {
    const k = Math.max(0, asIndex(n));
    const b = B(v);
    const out = new Uint8Array(b.length * k);
    for (let i = 0; i < k; i++) out.set(b, i * b.length);
    return new PyBytes(out);
  },
  tp_iter: (v) => new PyBytesIter(B(v)),
  tp_richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyBytes)) return NotImplemented;
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
  nb_bool: (v) => B(v).length !== 0,
  tp_new: (_t, args, kwargs) => bytesNew(args, kwargs),
});

const none0 = { minArgs: 0, maxArgs: 0 };
addLibMethod(bytesType, 'decode', (v, args, kwargs) => {
  const [enc, errors] = parseArgs({ fname: 'decode', names: ['encoding', 'errors'], required: 0 }, args, kwargs);
  return decodeBytes(B(v), enc === undefined ? 'utf-8' : (enc as string), errors === undefined ? 'strict' : (errors as string));
});
addLibMethod(bytesType, 'hex', (v, args) => {
  const hex = Buffer.from(B(v)).toString('hex');
  if (args.length === 0) return hex;
  const sep = args[0] as string;
  return hex.match(/../g)?.join(sep) ?? '';
}, { minArgs: 0, maxArgs: 2 });
addClassMethod(bytesType, 'fromhex', (_cls, args) => {
  const s = (args[0] as string).replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${s.search(/[^0-9a-fA-F]/) < 0 ? s.length : s.search(/[^0-9a-fA-F]/)}`);
  return new PyBytes(Uint8Array.from(Buffer.from(s, 'hex')));
});
addLibMethod(bytesType, 'join', (v, args) => {
  const sep = B(v);
  const parts: Uint8Array[] = [];
  let i = 0;
  forEach(args[0], (x) => {
    if (!(x instanceof PyBytes)) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
    parts.push((x as PyBytes).bytes);
    i++;
  });
  let out: Uint8Array = new Uint8Array(0);
  parts.forEach((p, k) => { out = concat(k > 0 ? concat(out, sep) : out, p); });
  return new PyBytes(out);
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'find', (v, args) => {
  const b = B(v);
  return indexOf(b, bytesArg(args[0], 'argument should be integer or bytes-like object, not '), 0, b.length);
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'rfind', (v, args) => lastIndexOf(B(v), bytesArg(args[0], ''), 0, B(v).length), { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'index', (v, args) => {
  const i = indexOf(B(v), bytesArg(args[0], ''), 0, B(v).length);
  if (i < 0) raise('ValueError', 'subsection not found');
  return i;
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'count', (v, args) => {
  const b = B(v), n = bytesArg(args[0], '');
  if (n.length === 0) return b.length + 1;
  let c = 0, i = 0;
  for (;;) {
    const j = indexOf(b, n, i, b.length);
    if (j < 0) return c;
    c++;
    i = j + n.length;
  }
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'replace', (v, args) => {
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
  return new PyBytes(Uint8Array.from(out));
}, { minArgs: 2, maxArgs: 3 });
addLibMethod(bytesType, 'split', (v, args, kwargs) => {
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
      if (maxsplit-- <= 0) { out.push(new PyBytes(b.slice(i))); break; }
      let j = i;
      while (j < b.length && !ws(b[j])) j++;
      out.push(new PyBytes(b.slice(i, j)));
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
    out.push(new PyBytes(b.slice(i, j)));
    i = j + s.length;
  }
  out.push(new PyBytes(b.slice(i)));
  return new PyList(out);
});
function strip(v: PyObject, args: PyObject[], left: boolean, right: boolean): PyObject {
  const b = B(v);
  const set = args.length === 0 || args[0] === None ? new Set([32, 9, 10, 11, 12, 13]) : new Set(bytesArg(args[0], ''));
  let i = 0, j = b.length;
  if (left) while (i < j && set.has(b[i])) i++;
  if (right) while (j > i && set.has(b[j - 1])) j--;
  return new PyBytes(b.slice(i, j));
}
addLibMethod(bytesType, 'strip', (v, args) => strip(v, args, true, true), { minArgs: 0, maxArgs: 1 });
addLibMethod(bytesType, 'lstrip', (v, args) => strip(v, args, true, false), { minArgs: 0, maxArgs: 1 });
addLibMethod(bytesType, 'rstrip', (v, args) => strip(v, args, false, true), { minArgs: 0, maxArgs: 1 });
function startsEnds(v: PyObject, args: PyObject[], ends: boolean): boolean {
  const b = B(v);
  const test = (p: Uint8Array): boolean => {
    if (p.length > b.length) return false;
    const off = ends ? b.length - p.length : 0;
    for (let k = 0; k < p.length; k++) if (b[off + k] !== p[k]) return false;
    return true;
  };
  const w = args[0];
  if (w instanceof PyTuple) return w.items.some((x) => test(bytesArg(x, '')));
  return test(bytesArg(w, ''));
}
addLibMethod(bytesType, 'startswith', (v, args) => startsEnds(v, args, false), { minArgs: 1, maxArgs: 1 });
addLibMethod(bytesType, 'endswith', (v, args) => startsEnds(v, args, true), { minArgs: 1, maxArgs: 1 });
function mapBytes(v: PyObject, f: (c: number) => number): PyBytes {
  return new PyBytes(B(v).map(f));
}
addLibMethod(bytesType, 'upper', (v) => mapBytes(v, (c) => (c >= 97 && c <= 122 ? c - 32 : c)), none0);
addLibMethod(bytesType, 'lower', (v) => mapBytes(v, (c) => (c >= 65 && c <= 90 ? c + 32 : c)), none0);
function allBytes(v: PyObject, p: (c: number) => boolean): boolean {
  const b = B(v);
  return b.length > 0 && b.every(p);
}
addLibMethod(bytesType, 'isdigit', (v) => allBytes(v, (c) => c >= 48 && c <= 57), none0);
addLibMethod(bytesType, 'isalpha', (v) => allBytes(v, (c) => (c | 32) >= 97 && (c | 32) <= 122), none0);
addLibMethod(bytesType, 'isspace', (v) => allBytes(v, (c) => c === 32 || (c >= 9 && c <= 13)), none0);
addLibMethod(bytesType, 'isalnum', (v) => allBytes(v, (c) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)), none0);
addLibMethod(bytesType, '__getnewargs__', (v) => new PyTuple([v]), none0);

void isTrue;
void asInt;

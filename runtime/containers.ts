// The core containers' data structures and protocol slots: list, tuple, dict, set,
// frozenset, range, slice, dict views, and their iterators (length, indexing, slicing,
// iteration, membership, comparison, hashing, repr, construction).
//
// Their NAMED methods (list.append, dict.get, set.add ...) belong to the runtime library,
// which adds them with addMethod; the slots here are what the VMs and generic operations use.

import { PyBase, PyObject, PyTuple, PyFrozenSet, PyFloat, None, NotImplemented } from './object';
import { numericHash } from './numeric';
import { PyType, KwArgs, CompareOp, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE } from './type';
import {
  typeOf, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, setBuiltinType, setSlots,
  makeBuiltinType, isInstance, intType, objectType, wrapperDescriptorType,
} from './types';
import { PyDict, HashTable, DictKeys, pathHash } from './dict';
import { raiseTypeError, raiseIndexError, raiseValueError, PyException, KeyError, raiseRuntimeError, MemoryError, IndexError, StopIteration, OverflowError, newException, hashNotImplemented, AttributeError, isStackOverflow } from './exceptions';
import {
  richEq, richCompare, richCompareBool, isTrue, hashOf, repr, reprEnter, getIter, forEach, toArray, index,
  indexAsNumber, PySeqIter, getItem, iterNext, hasIndex, contains, len as opLength, enterRecursiveCall, leaveRecursiveCall,
} from './ops';
import { callObject } from './call';
import { lookupSpecial } from './attr';
import { finishSubtypeInstance } from './class';
import { addGetSet, addMethod } from './function';
import { currentInterp } from './interp';
import { SSIZE_MAX, pastSsizeT } from './int_ops';
import { hashNestedTuple, TupleHashScheme } from './deep_tuple_hash';

// ---------------------------------------------------------------------------------------------
// list

/** A Python list. `items` may be replaced wholesale (slice assignment); iterators re-read it. */
export class PyList extends PyBase {
  constructor(public items: PyObject[] = []) {
    super();
  }
}
setBuiltinType(PyList, listType);

// ---------------------------------------------------------------------------------------------
// Indexing helpers

/**
 * An item index as CPython converts it (PyNumber_AsSsize_t(key, PyExc_IndexError)): an int
 * or __index__, past ssize_t an IndexError "cannot fit 'int' into an index-sized integer";
 * past 2**53 (within ssize_t) clamped, which no sequence here reaches.
 */
export function itemIndex(key: PyObject): number {
  if (typeof key === 'number') return key;
  if (typeof key === 'boolean') return key ? 1 : 0;
  const i = index(key);
  if (typeof i === 'number') return i;
  if (pastSsizeT(i)) raiseIndexError("cannot fit 'int' into an index-sized integer");
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** Normalises a sequence index (negative from the end); raises IndexError with `what` when out of range. */
export function seqIndex(key: PyObject, length: number, what: string): number {
  let i = typeof key === 'number' ? key : itemIndex(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length) raiseIndexError(`${what} index out of range`);
  return i;
}

/** A Python slice object. */
export class PySlice extends PyBase {
  constructor(public readonly start: PyObject, public readonly stop: PyObject, public readonly step: PyObject) {
    super();
  }
}
setBuiltinType(PySlice, sliceType);

/** _PyEval_SliceIndex: None -> null; an int (or __index__) clamped to the safe range. */
export function sliceComponent(v: PyObject): number | null {
  if (v === None) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  const f = typeOf(v).slots.nb_index;
  if (f === undefined) raiseTypeError('slice indices must be integers or None or have an __index__ method');
  return indexAsNumber(v);
}

/**
 * The start and end arguments of str/bytes find, count, startswith ... (absent or None meaning
 * the ends) as search bounds (ADJUST_INDICES): negative ones count from the end; end is
 * clamped to the length, start is not (a start past the end finds nothing, not even '').
 */
export function searchBounds(startArg: PyObject | undefined, endArg: PyObject | undefined, length: number): [number, number] {
  let start = startArg === undefined ? null : sliceComponent(startArg);
  let end = endArg === undefined ? null : sliceComponent(endArg);
  if (start === null) start = 0;
  else if (start < 0) start = Math.max(0, start + length);
  if (end === null || end > length) end = length;
  else if (end < 0) end = Math.max(0, end + length);
  return [start, end];
}

/**
 * computeSlice's result. Callers copy it into locals at once (a component's __index__ or an
 * iterable's __iter__ may slice again): list slicing without a 4-element array per slice
 * (fannkuch's `perm[:k + 1] = perm[k::-1]`, two per flip).
 */
export const sliceBounds = { start: 0, stop: 0, step: 1, n: 0 };

/** PySlice_GetIndicesEx: [start, stop, step, slicelength] for a sequence of `length`. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  computeSlice(s, length);
  const b = sliceBounds;
  return [b.start, b.stop, b.step, b.n];
}

/** PySlice_GetIndicesEx into sliceBounds. */
export function computeSlice(s: PySlice, length: number): void {
  let step = sliceComponent(s.step) ?? 1;
  if (step === 0) raiseValueError('slice step cannot be zero');
  let start = sliceComponent(s.start);
  let stop = sliceComponent(s.stop);
  if (step > 0) {
    if (start === null) start = 0;
    else if (start < 0) start = Math.max(0, start + length);
    else start = Math.min(start, length);
    if (stop === null) stop = length;
    else if (stop < 0) stop = Math.max(0, stop + length);
    else stop = Math.min(stop, length);
    setBounds(start, stop, step, stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0);
    return;
  }
  if (start === null) start = length - 1;
  else if (start < 0) start = Math.max(-1, start + length);
  else start = Math.min(start, length - 1);
  if (stop === null) stop = -1;
  else if (stop < 0) stop = Math.max(-1, stop + length);
  else stop = Math.min(stop, length - 1);
  step = step as number;
  setBounds(start, stop, step, start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0);
}

function setBounds(start: number, stop: number, step: number, n: number): void {
  const b = sliceBounds;
  b.start = start;
  b.stop = stop;
  b.step = step;
  b.n = n;
}

/** The items of `arr` selected by slice `s`. */
export function sliceArray<T>(arr: T[], s: PySlice): T[] {
  computeSlice(s, arr.length);
  const { start, stop, step, n } = sliceBounds;
  if (step === 1) return arr.slice(start, stop > start ? stop : start);
  const out = new Array<T>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = arr[j];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sequence comparison and repr shared by list and tuple

function compareSeqs(a: PyObject[], b: PyObject[], op: CompareOp): PyObject {
  if ((op === Py_EQ || op === Py_NE) && a.length !== b.length) return op === Py_NE;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!richEq(a[i], b[i])) break;
  if (i >= n) return compareLengths(a.length, b.length, op);
  if (op === Py_EQ) return false;
  if (op === Py_NE) return true;
  // The first differing items decide, by their own comparison's result (not made a bool:
  // `[x] < [y]` is whatever `x < y` returns, as CPython's list and tuple richcompare).
  return richCompare(a[i], b[i], op);
}

/** Two sequences equal up to the shorter one's length compare by their lengths. */
function compareLengths(la: number, lb: number, op: CompareOp): boolean {
  switch (op) {
    case Py_LT: return la < lb;
    case Py_LE: return la <= lb;
    case Py_EQ: return la === lb;
    case Py_NE: return la !== lb;
    case Py_GT: return la > lb;
    default: return la >= lb;
  }
}

/**
 * list == list and the orderings (list_richcompare): as compareSeqs, but the lengths and items
 * are read again after each item comparison, which may mutate either list (an __eq__ that
 * clears one: CPython's test_list test_equal_operator_modifying_operand).
 */
function compareLists(v: PyList, w: PyList, op: CompareOp): PyObject {
  if ((op === Py_EQ || op === Py_NE) && v.items.length !== w.items.length) return op === Py_NE;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) if (!richEq(v.items[i], w.items[i])) break;
  const la = v.items.length;
  const lb = w.items.length;
  if (i >= la || i >= lb) return compareLengths(la, lb, op);
  if (op === Py_EQ) return false;
  if (op === Py_NE) return true;
  return richCompare(v.items[i], w.items[i], op);
}

function seqContains(arr: PyObject[], x: PyObject): boolean {
  for (let i = 0; i < arr.length; i++) if (richEq(arr[i], x)) return true;
  return false;
}

/**
 * `x in l` (list_contains): the list's items read again after each ==, whose `__eq__` may
 * replace the item array (clear(), `l *= 0`, slice deletion with a step) or grow it; CPython
 * reads the list's size and item at each step, so items appended during the scan are compared
 * and a cleared list ends it.
 */
function listContains(l: PyList, x: PyObject): boolean {
  for (let i = 0; i < l.items.length; i++) if (richEq(l.items[i], x)) return true;
  return false;
}

/**
 * The count of a sequence repetition `seq * n` (CPython's sequence_repeat and the types'
 * sq_repeat), for a sequence of `length` items; 0 when the result is empty.
 * - n must be an int or have __index__: "can't multiply sequence by non-int of type 'float'";
 * - an int past ssize_t is OverflowError "cannot fit 'int' into an index-sized integer",
 *   whatever the sequence (CPython converts n before it looks at the length);
 * - a result longer than ssize_t is OverflowError `tooLong` for str and bytes, MemoryError for
 *   lists and tuples (tooLong null), as CPython;
 * - a result longer than `limit` (what this host can allocate) is MemoryError, which CPython
 *   raises when its allocation fails.
 * Without these checks an empty sequence times 2**70 looped for ever.
 */
export function sequenceRepeatCount(n: PyObject, length: number, tooLong: string | null, limit: number): number {
  let k: number;
  let big: bigint | null = null; // n exactly, when it is past 2**53
  if (typeof n === 'number') k = n;
  else if (typeof n === 'boolean') k = n ? 1 : 0;
  else {
    if (!hasIndex(n)) {
      raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(n).tpName}'`);
    }
    const i = index(n);
    if (typeof i === 'bigint' && pastSsizeT(i)) {
      throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    k = Number(i);
    if (typeof i === 'bigint') big = i;
  }
  if (k <= 0 || length === 0) return 0;
  const total = length * k;
  // Doubles cannot tell 2**63 - 1 from 2**63: decide near the limit on the exact product.
  const pastSsize = total < 2 ** 62 ? false : (big ?? BigInt(k)) * BigInt(length) > SSIZE_MAX;
  if (pastSsize && tooLong !== null) throw newException(OverflowError, tooLong);
  if (total > limit) throw new PyException(MemoryError, []);
  return k;
}

/** The most list or tuple items a repetition makes before it is MemoryError. */
const MAX_REPEAT_ITEMS = 1e8;

function repeatCount(n: PyObject, length: number): number {
  return sequenceRepeatCount(n, length, null, MAX_REPEAT_ITEMS);
}

function repeatArray(arr: PyObject[], n: number): PyObject[] {
  // Allocated at its final size (M's measurement: growing by push kept the previous backing
  // store alive at the peak: sieve 6000000 peak RSS 208 -> 123 MB, and faster).
  const len = arr.length;
  if (len === 1 && n > 0) return new Array<PyObject>(n).fill(arr[0]);
  const out = new Array<PyObject>(len * (n > 0 ? n : 0));
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < len; j++) out[k++] = arr[j];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sequence iterator (list and tuple): re-reads `items` so list mutation during iteration is seen.

export class PyListIter extends PyBase {
  index = 0;
  constructor(public seq: PyList | PyTuple | null) {
    super();
  }
}
export const listIteratorType = makeBuiltinType('list_iterator', objectType);
export const tupleIteratorType = makeBuiltinType('tuple_iterator', objectType);
setBuiltinType(PyListIter, listIteratorType);
const listIterNext = (it: PyObject): PyObject | undefined => {
  const li = it as PyListIter;
  const s = li.seq;
  if (s === null) return undefined;
  const items = s.items;
  if (li.index < items.length) return items[li.index++];
  li.seq = null;
  return undefined;
};
setSlots(listIteratorType, { tp_iter: (v) => v, tp_iternext: listIterNext });
setSlots(tupleIteratorType, { tp_iter: (v) => v, tp_iternext: listIterNext });
// __length_hint__ of the built-in iterators (operator.length_hint, list(it)'s preallocation):
// the items not yet produced, as CPython's *iter_len functions count them.
const listIterLength = (v: PyObject): number => {
  const li = v as PyListIter;
  return li.seq === null ? 0 : Math.max(0, li.seq.items.length - li.index);
};
addMethod(listIteratorType, '__length_hint__', listIterLength, { minArgs: 0, maxArgs: 0 });
addMethod(tupleIteratorType, '__length_hint__', listIterLength, { minArgs: 0, maxArgs: 0 });

// Iterator pickling (copy and pickle call __reduce__): CPython's *iter_reduce and *iter_setstate.
/** A built-in function by name, as CPython's _PyEval_GetBuiltin. */
export function builtinNamed(name: string): PyObject {
  // _PyEval_GetBuiltin: a lookup by equality (a key equal to the name is found too), and
  // AttributeError when a program has deleted the name from builtins.
  const b = currentInterp().builtins;
  const v = b.getStr(name) ?? b.get(name);
  if (v === undefined) throw newException(AttributeError, name);
  return v;
}
/** An iterator's __setstate__ position (PyLong_AsSsize_t: an int, no __index__). */
export function stateIndex(state: PyObject): number {
  if (!isInstance(state, intType)) raiseTypeError('an integer is required');
  const i = index(state);
  if (typeof i === 'bigint') {
    if (pastSsizeT(i)) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(i);
  }
  return i;
}
/** (iter, (seq,), position) while the iterator has its sequence; (iter, (empty,)) once exhausted. */
const listIterReduce = (v: PyObject): PyObject => {
  const li = v as PyListIter;
  // The builtin first: its lookup may run Python code (a key's __eq__) that exhausts the
  // iterator (gh-101765), so the state is read after it.
  const iterFn = builtinNamed('iter');
  if (li.seq !== null) return new PyTuple([iterFn, new PyTuple([li.seq]), li.index]);
  const empty = li.ob_type === tupleIteratorType ? new PyTuple([]) : new PyList([]);
  return new PyTuple([iterFn, new PyTuple([empty])]);
};
/** The position, clamped to 0..len(seq) (len: exhausted); nothing once exhausted. */
const listIterSetstate = (v: PyObject, args: PyObject[]): PyObject => {
  const li = v as PyListIter;
  const i = stateIndex(args[0]);
  if (li.seq !== null) li.index = i < 0 ? 0 : Math.min(i, li.seq.items.length);
  return None;
};
for (const t of [listIteratorType, tupleIteratorType]) {
  addMethod(t, '__reduce__', listIterReduce, { minArgs: 0, maxArgs: 0 });
  addMethod(t, '__setstate__', listIterSetstate, { minArgs: 1, maxArgs: 1 });
}

export class PyListRevIter extends PyBase {
  constructor(public seq: PyList | null, public index: number) {
    super();
  }
}
export const listRevIteratorType = makeBuiltinType('list_reverseiterator', objectType);
setBuiltinType(PyListRevIter, listRevIteratorType);
addMethod(listRevIteratorType, '__length_hint__', (v) => {
  const r = v as PyListRevIter;
  return r.seq === null || r.index >= r.seq.items.length ? 0 : r.index + 1;
}, { minArgs: 0, maxArgs: 0 });
// (reversed, (list,), position) or, exhausted, (iter, ([],)); the position clamped to -1..len-1.
addMethod(listRevIteratorType, '__reduce__', (v) => {
  const r = v as PyListRevIter;
  const reversedFn = builtinNamed('reversed'); // (before the state is read, as above)
  if (r.seq !== null) return new PyTuple([reversedFn, new PyTuple([r.seq]), r.index]);
  return new PyTuple([builtinNamed('iter'), new PyTuple([new PyList([])])]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(listRevIteratorType, '__setstate__', (v, args) => {
  const r = v as PyListRevIter;
  const i = stateIndex(args[0]);
  if (r.seq !== null) r.index = i < -1 ? -1 : Math.min(i, r.seq.items.length - 1);
  return None;
}, { minArgs: 1, maxArgs: 1 });
setSlots(listRevIteratorType, {
  tp_iter: (v) => v,
  tp_iternext: (it) => {
    const r = it as PyListRevIter;
    if (r.seq === null) return undefined;
    if (r.index >= 0 && r.index < r.seq.items.length) return r.seq.items[r.index--];
    r.seq = null;
    return undefined;
  },
});

/** The old-protocol iterator's slots (calls __getitem__ with 0, 1, ... until IndexError). */
export const seqIteratorType = makeBuiltinType('iterator', objectType);
setBuiltinType(PySeqIter, seqIteratorType);
setSlots(seqIteratorType, {
  tp_iter: (v) => v,
  tp_iternext: (it) => {
    const s = it as PySeqIter;
    if (s.done) return undefined;
    try {
      return getItem(s.seq, s.index++);
    } catch (e) {
      if (e instanceof PyException && (typeOf(e).isSubtypeOf(IndexError) || typeOf(e).isSubtypeOf(StopIteration))) {
        s.done = true;
        return undefined;
      }
      throw e;
    }
  },
});

// ---------------------------------------------------------------------------------------------
// list slots


/**
 * items[start:start+m] = src, in place. `splice(start, m, ...src)` spread src into arguments
 * (slow per call, and a RangeError beyond ~100,000 items); equal sizes (fannkuch's
 * `perm[:k + 1] = perm[k::-1]`) are a plain copy.
 */
function spliceInPlace(items: PyObject[], start: number, m: number, src: readonly PyObject[]): void {
  const k = src.length;
  const len = items.length;
  const delta = k - m;
  if (delta > 0) {
    // Grow by pushes (keeps the array packed), then move the tail right.
    for (let i = 0; i < delta; i++) items.push(None);
    for (let i = len - 1; i >= start + m; i--) items[i + delta] = items[i];
  } else if (delta < 0) {
    for (let i = start + m; i < len; i++) items[i + delta] = items[i];
    items.length = len + delta;
  }
  for (let i = 0; i < k; i++) items[start + i] = src[i];
}

function listAssSubscript(l: PyList, key: PyObject, value: PyObject | undefined): void {
  if (key instanceof PySlice) {
    const items = l.items;
    computeSlice(key, items.length);
    const { start, stop, step, n } = sliceBounds;
    if (value === undefined) {
      if (step === 1) {
        if (n > 0) items.splice(start, n);
        return;
      }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      l.items = items.filter((_, i) => !drop.has(i));
      return;
    }
    // An exact list or tuple value is read in place (as CPython's PySequence_Fast; a subclass
    // may override __iter__); the list itself is copied first (l[1:] = l).
    const vt = value instanceof PyBase ? value.ob_type : undefined;
    const src = value === l ? items.slice() : vt === listType || vt === tupleType ? (value as PyList).items : toArray(value);
    if (step === 1) {
      spliceInPlace(items, start, stop > start ? stop - start : 0, src);
      return;
    }
    if (src.length !== n) raiseValueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) items[j] = src[i];
    return;
  }
  if (!hasIndex(key)) {
    raiseTypeError(`list indices must be integers or slices, not ${typeOf(key).tpName}`);
  }
  const i = seqIndex(key, l.items.length, 'list assignment');
  if (value === undefined) l.items.splice(i, 1);
  else l.items[i] = value;
}

setSlots(listType, {
  sq_length: (v) => (v as PyList).items.length,
  mp_subscript: (v, key) => {
    const items = (v as PyList).items;
    if (typeof key === 'number') {
      const i = key < 0 ? key + items.length : key;
      if (i < 0 || i >= items.length) raiseIndexError('list index out of range');
      return items[i];
    }
    if (key instanceof PySlice) return new PyList(sliceArray(items, key));
    if (!hasIndex(key)) {
      raiseTypeError(`list indices must be integers or slices, not ${typeOf(key).tpName}`);
    }
    return items[seqIndex(key, items.length, 'list')];
  },
  mp_ass_subscript: (v, key, value) => listAssSubscript(v as PyList, key, value),
  sq_contains: (v, x) => listContains(v as PyList, x),
  tp_iter: (v) => new PyListIter(v as PyList),
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyList) || !isInstance(w, listType)) return NotImplemented;
    // PyObject_RichCompare's recursion check: nested lists compare here, not in Python frames.
    enterRecursiveCall(' in comparison');
    try {
      return compareLists(v as PyList, w, op);
    } finally {
      leaveRecursiveCall();
    }
  },
  tp_hash: hashNotImplemented,
  tp_repr: (v) => reprEnter(v, '[...]', () => '[' + (v as PyList).items.map(repr).join(', ') + ']'),
  sq_concat: (v, w) => {
    if (!(w instanceof PyList)) raiseTypeError(`can only concatenate list (not "${typeOf(w).tpName}") to list`);
    return new PyList((v as PyList).items.concat(w.items));
  },
  sq_repeat: (v, n) => new PyList(repeatArray((v as PyList).items, repeatCount(n, (v as PyList).items.length))),
  nb_inplace_add: (v, w) => {
    const l = v as PyList;
    if (w instanceof PyList || w instanceof PyTuple) {
      const src = w.items;
      if (src === l.items) l.items.push(...src.slice());
      else for (let i = 0; i < src.length; i++) l.items.push(src[i]);
    } else {
      for (const x of toArray(w)) l.items.push(x);
    }
    return l;
  },
  nb_inplace_multiply: (v, n) => {
    const l = v as PyList;
    l.items = repeatArray(l.items, repeatCount(n, l.items.length));
    return l;
  },
  nb_bool: (v) => (v as PyList).items.length !== 0,
  tp_new: (t) => finishSubtypeInstance(new PyList([]), t),
  tp_init: (self, args, kw) => {
    // Keywords are refused unless a subclass's own __new__ took them (list___init__).
    if (kw !== null && kw.size > 0 && typeOf(self).slots.tp_new === listType.slots.tp_new) noKw('list', kw);
    if (args.length > 1) raiseTypeError(`list expected at most 1 argument, got ${args.length}`);
    const l = self as PyList;
    l.items = args.length === 0 ? [] : args[0] === l ? l.items.slice() : itemsOfIterable(args[0]);
  },
});

/**
 * PyObject_LengthHint, as list() and tuple() call it before iterating: a Python class's
 * __len__ runs (and its errors other than TypeError propagate). The value is not needed here.
 */
export function lengthHint(v: PyObject): void {
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) return;
  const t = typeOf(v);
  if (!t.isHeapType) return;
  const l = t.slots.sq_length;
  try {
    if (l !== undefined) l(v);
    else {
      const h = lookupSpecial(v, '__length_hint__');
      if (h !== undefined) callObject(h, [], null);
    }
  } catch (e) {
    if (!(e instanceof PyException && typeOf(e).tpName === 'TypeError')) throw e;
  }
}

/**
 * The items of list(x) / tuple(x) in CPython's order (list_extend, PySequence_Tuple): iter(x)
 * first, then the length hint, then the items; so an object whose __iter__ fails reports that,
 * not its __len__. Exact lists and tuples are copied without either call, as CPython does.
 */
function itemsOfIterable(v: PyObject): PyObject[] {
  if (v instanceof PyBase && (v.ob_type === listType || v.ob_type === tupleType)) return toArray(v);
  const it = getIter(v);
  lengthHint(v);
  const out: PyObject[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

function noKw(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) raiseTypeError(`${name}() takes no keyword arguments`);
}

// ---------------------------------------------------------------------------------------------
// tuple

/** hash of a tuple (CPython's xxHash-based tuplehash, in 32-bit lanes for speed). */
export function tupleHash(items: PyObject[]): number {
  let acc = TUPLE_HASH_SEED;
  for (let i = 0; i < items.length; i++) acc = tupleHashStep(acc, hashOf(items[i]) | 0);
  return tupleHashEnd(acc, items.length);
}
const TUPLE_HASH_SEED = 0x27d4eb2f | 0;
/** One item's hash folded into a tuple's accumulator. */
function tupleHashStep(acc: number, h: number): number {
  acc = (acc + Math.imul(h, 0x85ebca77)) | 0;
  acc = (acc << 13) | (acc >>> 19);
  return Math.imul(acc, 0x9e3779b1);
}
function tupleHashEnd(acc: number, n: number): number {
  acc = (acc + (n ^ 0x165667b5)) | 0;
  return acc === -1 ? 1546275796 : acc;
}

/** tupleHash's scheme for hashNestedTuple (a tuple nested past the JS stack). */
const TUPLE_HASH_SCHEME: TupleHashScheme<number, number> = {
  seed: TUPLE_HASH_SEED,
  item: (x) => hashOf(x) | 0,
  step: tupleHashStep,
  end: tupleHashEnd,
};

setSlots(tupleType, {
  sq_length: (v) => (v as PyTuple).items.length,
  mp_subscript: (v, key) => {
    const items = (v as PyTuple).items;
    if (typeof key === 'number') {
      const i = key < 0 ? key + items.length : key;
      if (i < 0 || i >= items.length) raiseIndexError('tuple index out of range');
      return items[i];
    }
    if (key instanceof PySlice) return new PyTuple(sliceArray(items, key));
    if (!hasIndex(key)) {
      raiseTypeError(`tuple indices must be integers or slices, not ${typeOf(key).tpName}`);
    }
    return items[seqIndex(key, items.length, 'tuple')];
  },
  sq_contains: (v, x) => seqContains((v as PyTuple).items, x),
  tp_iter: (v) => {
    const it = new PyListIter(v as PyTuple);
    it.ob_type = tupleIteratorType;
    return it;
  },
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyTuple)) return NotImplemented;
    enterRecursiveCall(' in comparison');
    try {
      return compareSeqs((v as PyTuple).items, w.items, op);
    } finally {
      leaveRecursiveCall();
    }
  },
  tp_hash: (v) => {
    try {
      return tupleHash((v as PyTuple).items);
    } catch (e) {
      // Each nesting level has this handler, so the innermost one (where the stack ran out)
      // redoes only its own subtree, without recursion.
      if (isStackOverflow(e)) return hashNestedTuple(v as PyTuple, tupleType, TUPLE_HASH_SCHEME);
      throw e;
    }
  },
  tp_repr: (v) => {
    const items = (v as PyTuple).items;
    if (items.length === 0) return '()';
    return reprEnter(v, '(...)', () => (items.length === 1 ? `(${repr(items[0])},)` : '(' + items.map(repr).join(', ') + ')'));
  },
  sq_concat: (v, w) => {
    if (!(w instanceof PyTuple)) raiseTypeError(`can only concatenate tuple (not "${typeOf(w).tpName}") to tuple`);
    return new PyTuple((v as PyTuple).items.concat(w.items));
  },
  sq_repeat: (v, n) => new PyTuple(repeatArray((v as PyTuple).items, repeatCount(n, (v as PyTuple).items.length))),
  nb_bool: (v) => (v as PyTuple).items.length !== 0,
  tp_new: (t, args, kw) => {
    // Keywords are refused unless a subclass's own __init__ takes them (tuple_new_impl).
    if (kw !== null && kw.size > 0 && t.slots.tp_init === tupleType.slots.tp_init) noKw('tuple', kw);
    if (args.length > 1) raiseTypeError(`tuple expected at most 1 argument, got ${args.length}`);
    const items = args.length === 0 ? [] : itemsOfIterable(args[0]);
    if (t === tupleType && args.length === 1 && args[0] instanceof PyTuple && typeOf(args[0]) === tupleType) return args[0];
    return finishSubtypeInstance(new PyTuple(items), t);
  },
});

// ---------------------------------------------------------------------------------------------
// dict

export class PyDictIter extends PyBase {
  /** Combined mode: the table's iterator (null while the dict iterated is split). */
  private it: Iterator<{ key: PyObject; value: PyObject }> | null;
  /**
   * Split mode: the dict's key list when the iteration started, read with `pos` while the dict
   * keeps it (a value replaced meanwhile is read as it is now, as the table's iterator does).
   * Iterating no longer turns a split dict combined for good (a Map and an entry per key:
   * json_codec's `for key in value` on every record).
   */
  private ks: DictKeys | null;
  private pos = 0;
  private readonly size: number;
  /** Items still expected (CPython's di_len): one more is "keys changed during iteration". */
  private left: number;
  done = false;
  /** __length_hint__ (dictiter_len): the items still expected, 0 once the dict changed size. */
  lengthHint(): number {
    return !this.done && this.dict.size === this.size ? Math.max(0, this.left) : 0;
  }
  constructor(public readonly dict: PyDict, public readonly kind: 'keys' | 'values' | 'items') {
    super();
    const ks = dict.sk;
    if (ks !== null) {
      this.ks = ks;
      this.it = null;
      this.size = ks.names.length;
    } else {
      this.ks = null;
      this.it = dict.table.map.values();
      this.size = dict.table.map.size;
    }
    this.left = this.size;
  }
  next(): PyObject | undefined {
    if (this.done) return undefined;
    const ks = this.ks;
    const d = this.dict;
    if (ks !== null) {
      if (d.sk === ks) {
        const i = this.pos;
        const names = ks.names;
        if (i >= names.length) {
          this.done = true;
          return undefined;
        }
        this.pos = i + 1;
        this.left--;
        const kind = this.kind;
        return kind === 'keys' ? names[i] : kind === 'values' ? d.sv[i] : new PyTuple([names[i], d.sv[i]]);
      }
      this.ks = null;
      if (d.size === this.size) this.it = this.resume(ks);
    }
    if (d.size !== this.size) {
      this.done = true;
      raiseRuntimeError('dictionary changed size during iteration');
    }
    const r = this.it!.next();
    if (r.done === true) {
      this.done = true;
      return undefined;
    }
    if (this.left <= 0) {
      this.done = true;
      raiseRuntimeError('dictionary keys changed during iteration');
    }
    this.left--;
    const e = r.value;
    return this.kind === 'keys' ? e.key : this.kind === 'values' ? e.value : new PyTuple([e.key, e.value]);
  }
  /**
   * What the iterator has still to produce, without advancing it (__reduce__, which CPython
   * computes by running a copy of the iterator): RuntimeError if the dict changed size.
   */
  remaining(): PyObject[] {
    if (this.done) return [];
    const d = this.dict;
    if (d.size !== this.size) raiseRuntimeError('dictionary changed size during iteration');
    const start = this.size - this.left;
    const keys = d.keys().slice(start);
    if (this.kind === 'keys') return keys;
    const values = d.values().slice(start);
    if (this.kind === 'values') return values;
    return keys.map((k, i) => new PyTuple([k, values[i]]));
  }
  /**
   * The dict left the key list `ks` during the iteration (it gained, lost or re-added a key):
   * its table's iterator, placed where a live iterator started on the table at that point
   * would be. The table lists ks's remaining keys in ks's order, then the keys added since, so
   * the leading entries that are ks.names[j] with j < pos were given already.
   */
  private resume(ks: DictKeys): Iterator<{ key: PyObject; value: PyObject }> {
    const names = ks.names;
    const map = this.dict.table.map;
    let skip = 0;
    let j = 0;
    for (const e of map.values()) {
      while (j < this.pos && names[j] !== e.key) j++;
      if (j >= this.pos) break;
      skip++;
      j++;
    }
    const it = map.values();
    for (let k = 0; k < skip; k++) it.next();
    return it;
  }
}
export const dictKeyIteratorType = makeBuiltinType('dict_keyiterator', objectType);
export const dictValueIteratorType = makeBuiltinType('dict_valueiterator', objectType);
export const dictItemIteratorType = makeBuiltinType('dict_itemiterator', objectType);
setBuiltinType(PyDictIter, dictKeyIteratorType);
for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  setSlots(t, { tp_iter: (v) => v, tp_iternext: (v) => (v as PyDictIter).next() });
  addMethod(t, '__length_hint__', (v) => (v as PyDictIter).lengthHint(), { minArgs: 0, maxArgs: 0 });
  // dictiter_reduce: (iter, (the items still to come,)).
  addMethod(t, '__reduce__', (v) => {
    // the remaining items first, then the builtin (as CPython's dictiter_reduce: its lookup may exhaust v)
    const rest = new PyList((v as PyDictIter).remaining());
    return new PyTuple([builtinNamed('iter'), new PyTuple([rest])]);
  }, { minArgs: 0, maxArgs: 0 });
}

/**
 * reversed(dict) and reversed() of its views (CPython's dict_reverse*iterator): the keys as they
 * were when it was made, last first; the values read as each key comes. RuntimeError (sticky) if
 * the dict changes size.
 */
export class PyDictRevIter extends PyBase {
  private readonly keys: PyObject[];
  private pos = 0;
  private size: number;
  private dict: PyDict | null;
  constructor(dict: PyDict, private readonly kind: 'keys' | 'values' | 'items') {
    super();
    this.dict = dict;
    this.keys = dict.keys().reverse();
    this.size = dict.size;
    this.ob_type = kind === 'keys' ? dictRevKeyIteratorType : kind === 'values' ? dictRevValueIteratorType : dictRevItemIteratorType;
  }
  next(): PyObject | undefined {
    const d = this.dict;
    if (d === null) return undefined;
    if (d.size !== this.size) {
      this.size = -1;
      raiseRuntimeError('dictionary changed size during iteration');
    }
    const keys = this.keys;
    while (this.pos < keys.length) {
      const k = keys[this.pos++];
      if (this.kind === 'keys') return k;
      const v = d.get(k);
      if (v === undefined) continue;
      return this.kind === 'values' ? v : new PyTuple([k, v]);
    }
    this.dict = null;
    return undefined;
  }
  lengthHint(): number {
    const d = this.dict;
    return d !== null && d.size === this.size ? this.keys.length - this.pos : 0;
  }
  /** What next() would still produce, without advancing (__reduce__). */
  remaining(): PyObject[] {
    const d = this.dict;
    if (d === null) return [];
    if (d.size !== this.size) raiseRuntimeError('dictionary changed size during iteration');
    const out: PyObject[] = [];
    for (let i = this.pos; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (this.kind === 'keys') {
        out.push(k);
        continue;
      }
      const v = d.get(k);
      if (v !== undefined) out.push(this.kind === 'values' ? v : new PyTuple([k, v]));
    }
    return out;
  }
}
export const dictRevKeyIteratorType = makeBuiltinType('dict_reversekeyiterator', objectType);
export const dictRevValueIteratorType = makeBuiltinType('dict_reversevalueiterator', objectType);
export const dictRevItemIteratorType = makeBuiltinType('dict_reverseitemiterator', objectType);
setBuiltinType(PyDictRevIter, dictRevKeyIteratorType);
for (const t of [dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType]) {
  setSlots(t, { tp_iter: (v) => v, tp_iternext: (v) => (v as PyDictRevIter).next() });
  addMethod(t, '__length_hint__', (v) => (v as PyDictRevIter).lengthHint(), { minArgs: 0, maxArgs: 0 });
  addMethod(t, '__reduce__', (v) => {
    // the remaining items first, then the builtin (as CPython's dictiter_reduce: its lookup may exhaust v)
    const rest = new PyList((v as PyDictRevIter).remaining());
    return new PyTuple([builtinNamed('iter'), new PyTuple([rest])]);
  }, { minArgs: 0, maxArgs: 0 });
}
/**
 * dict == dict (CPython's dict_equal): the sizes, then each of a's values against b's value for
 * its key, read when compared. A split `a` is read through its key list and values array
 * (entries() would turn it combined for good), and a `b` with the same key list by index; if a
 * comparison changes a's keys, the rest goes through its table, from the same position.
 */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  let i = 0;
  const ks = a.sk;
  if (ks !== null) {
    const names = ks.names;
    for (; i < names.length; i++) {
      if (a.sk !== ks) break;
      const av = a.sv[i];
      const bv = b.sk === ks ? b.sv[i] : b.get(names[i]);
      if (bv === undefined || !richEq(av, bv)) return false;
    }
    if (i >= names.length) return true;
  }
  let k = 0;
  for (const e of a.entries()) {
    if (k++ < i) continue;
    const o = b.get(e.key);
    if (o === undefined || !richEq(e.value, o)) return false;
  }
  return true;
}

export function dictIter(d: PyDict, kind: 'keys' | 'values' | 'items'): PyDictIter {
  const it = new PyDictIter(d, kind);
  if (kind === 'values') it.ob_type = dictValueIteratorType;
  else if (kind === 'items') it.ob_type = dictItemIteratorType;
  return it;
}

/** dict.keys()/values()/items() views. */
export class PyDictView extends PyBase {
  constructor(public readonly dict: PyDict, public readonly kind: 'keys' | 'values' | 'items') {
    super();
  }
}
export const dictKeysType = makeBuiltinType('dict_keys', objectType);
export const dictValuesType = makeBuiltinType('dict_values', objectType);
export const dictItemsType = makeBuiltinType('dict_items', objectType);
export function dictView(d: PyDict, kind: 'keys' | 'values' | 'items'): PyDictView {
  const v = new PyDictView(d, kind);
  v.ob_type = kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType;
  return v;
}
// The set-like views are unhashable; dict_values keeps object's identity hash, as in CPython.
setSlots(dictKeysType, { tp_hash: hashNotImplemented });
setSlots(dictItemsType, { tp_hash: hashNotImplemented });
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  setSlots(t, {
    sq_length: (v) => (v as PyDictView).dict.size,
    tp_iter: (v) => dictIter((v as PyDictView).dict, (v as PyDictView).kind),
    tp_repr: (v) => {
      const dv = v as PyDictView;
      return reprEnter(v, '...', () => `${typeOf(v).name}([${toArray(v).map(repr).join(', ')}])`);
      void dv;
    },
    sq_contains: (v, x) => {
      const dv = v as PyDictView;
      if (dv.kind === 'keys') return dv.dict.has(x);
      if (dv.kind === 'items') {
        if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
        const val = dv.dict.get(x.items[0]);
        return val !== undefined && richEq(val, x.items[1]);
      }
      return seqContains(dv.dict.values(), x);
    },
  });
}
function viewSet(v: PyObject): PyObject[] {
  return toArray(v);
}
/**
 * The other operand of a view's set operator: any iterable, as a set (CPython's dictviews_sub
 * and friends build set(self) and apply the set method, which takes an iterable).
 */
function viewOperand(w: PyObject): PyObject {
  return w instanceof PySet || w instanceof PyFrozenSet ? w : new PySet(toArray(w));
}
/**
 * Every member of `a` is in `b` (CPython's all_contained_in): iterates `a` and tests each with
 * `in`, so an items view's values are compared, never hashed (`{1: []}.items() == ...`).
 */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}
for (const t of [dictKeysType, dictItemsType]) {
  setSlots(t, {
    // dictview_richcompare: the sizes, then containment of the smaller side in the other.
    tp_richcompare: (v, w, op) => {
      if (!(w instanceof PyDictView && w.kind !== 'values') && !(w instanceof PySet || w instanceof PyFrozenSet)) return NotImplemented;
      const n = opLength(v);
      const m = opLength(w);
      switch (op) {
        case Py_EQ:
        case Py_NE: {
          const eq = n === m && allContainedIn(v, w);
          return op === Py_EQ ? eq : !eq;
        }
        case Py_LT:
          return n < m && allContainedIn(v, w);
        case Py_LE:
          return n <= m && allContainedIn(v, w);
        case Py_GT:
          return n > m && allContainedIn(w, v);
        default:
          return n >= m && allContainedIn(w, v);
      }
    },
    nb_and: (v, w) => setBinary(new PySet(viewSet(v)), viewOperand(w), 'and'),
    nb_or: (v, w) => setBinary(new PySet(viewSet(v)), viewOperand(w), 'or'),
    nb_subtract: (v, w) => setBinary(new PySet(viewSet(v)), viewOperand(w), 'sub'),
    nb_xor: (v, w) => setBinary(new PySet(viewSet(v)), viewOperand(w), 'xor'),
  });
}

function dictRepr(d: PyDict): string {
  if (d.size === 0) return '{}';
  return reprEnter(d, '{...}', () => {
    const parts: string[] = [];
    for (const e of d.entries()) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
    return '{' + parts.join(', ') + '}';
  });
}

/** dict.update(other) semantics (a mapping with keys(), or an iterable of pairs). */
export function dictMerge(d: PyDict, other: PyObject): void {
  // A dict, unless a subclass iterates its own way (CPython's dict_merge tests tp_iter): such
  // a subclass is merged through its keys() and __getitem__, below.
  if (other instanceof PyDict && (other.ob_type === dictType || typeOf(other).slots.tp_iter === dictType.slots.tp_iter)) {
    const n = other.size;
    // The stored hashes of hashed-path keys (tuples, instances with __hash__) are reused, as
    // CPython's dict_merge does: no key's __hash__ is called again.
    // Into an empty dict, the keys are new (and distinct): no __eq__ is asked either.
    const hashes = other.storedHashes();
    const fresh = d.size === 0 && d !== other;
    for (const e of other.entries()) {
      d.setCopied(e, hashes, fresh);
      // A key's __eq__ or __hash__ added keys to `other` or cleared it (CPython compares its
      // count of entries; a deletion alone goes on there, as here).
      const m = other.size;
      if (m > n || (m === 0 && n !== 0)) raiseRuntimeError('dict mutated during update');
    }
    return;
  }
  const keys = lookupSpecial(other, 'keys');
  if (keys !== undefined) {
    forEach(callObject(keys, [], null), (k) => {
      d.set(k, getItem(other, k));
    });
    return;
  }
  let i = 0;
  forEach(other, (item) => {
    let pair: PyObject[];
    try {
      pair = toArray(item);
    } catch (e) {
      if (e instanceof PyException && typeOf(e).tpName === 'TypeError') {
        raiseTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      throw e;
    }
    if (pair.length !== 2) {
      raiseValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
    i++;
  });
}

setSlots(dictType, {
  sq_length: (v) => (v as PyDict).size,
  mp_subscript: (v, key) => {
    const d = v as PyDict;
    const r = d.get(key);
    if (r !== undefined) return r;
    if (typeOf(d) !== dictType) {
      const missing = lookupSpecial(d, '__missing__');
      if (missing !== undefined) return callObject(missing, [key], null);
    }
    throw new PyException(KeyError, [key]);
  },
  mp_ass_subscript: (v, key, value) => {
    const d = v as PyDict;
    if (value === undefined) {
      if (d.delete(key) === undefined) throw new PyException(KeyError, [key]);
    } else d.set(key, value);
  },
  sq_contains: (v, x) => (v as PyDict).has(x),
  tp_iter: (v) => dictIter(v as PyDict, 'keys'),
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyDict) || (op !== Py_EQ && op !== Py_NE)) return NotImplemented;
    enterRecursiveCall(' in comparison');
    let eq: boolean;
    try {
      eq = dictEqual(v as PyDict, w);
    } finally {
      leaveRecursiveCall();
    }
    return op === Py_EQ ? eq : !eq;
  },
  tp_hash: hashNotImplemented,
  tp_repr: (v) => dictRepr(v as PyDict),
  nb_bool: (v) => (v as PyDict).size !== 0,
  nb_or: (v, w) => {
    if (!(v instanceof PyDict) || !(w instanceof PyDict)) return NotImplemented;
    const d = new PyDict();
    dictMerge(d, v);
    dictMerge(d, w);
    return d;
  },
  nb_inplace_or: (v, w) => {
    dictMerge(v as PyDict, w);
    return v;
  },
  tp_new: (t) => finishSubtypeInstance(new PyDict(), t),
  tp_init: (self, args, kw) => {
    if (args.length > 1) raiseTypeError(`dict expected at most 1 argument, got ${args.length}`);
    const d = self as PyDict;
    if (args.length === 1) dictMerge(d, args[0]);
    if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
  },
});

// ---------------------------------------------------------------------------------------------
// set and frozenset

/** A Python set. */
export class PySet extends PyBase {
  table: HashTable;
  /** `table`: a new table no one else holds, which the set takes as its own (items then empty). */
  constructor(items: PyObject[] = [], table: HashTable | null = null) {
    super();
    this.table = table !== null ? table : new HashTable();
    // Removed members stay in the table's Map until they are added again (dict.ts HashTable.lazy).
    this.table.lazy = true;
    for (const x of items) this.table.set(x, None);
  }
  add(x: PyObject): void {
    this.table.set(x, None);
  }
  has(x: PyObject): boolean {
    return this.table.has(x);
  }
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.table.map.values()) out.push(e.key);
    return out;
  }
}
setBuiltinType(PySet, setType);

const frozenTables = new WeakMap<PyFrozenSet, HashTable>();
/** The hash table of a frozenset (built on first use from its items, duplicates dropped). */
export function frozenTable(f: PyFrozenSet): HashTable {
  let t = frozenTables.get(f);
  if (t === undefined) {
    t = new HashTable();
    for (const x of f.items) t.set(x, None);
    frozenTables.set(f, t);
  }
  return t;
}
/**
 * A set of items whose hashed-path members' stored hashes are `hashes` (HashTable.keyHashes of
 * the set or dict they come from: no __hash__ called again); `fresh`: the items are distinct,
 * so no __eq__ is asked (CPython's copy of a table into an empty set).
 */
export function setOfKnown(items: PyObject[], hashes: Map<PyObject, number> | null, fresh: boolean): PySet {
  const s = new PySet();
  for (const x of items) s.table.setKnown(x, None, hashes, fresh);
  return s;
}
/** A frozenset whose table is `t`, a new table no one else holds (never lazy: a frozenset removes nothing). */
export function frozenSetOfTable(t: HashTable, type: PyType = frozensetType): PyFrozenSet {
  t.lazy = false;
  const f = new PyFrozenSet(tableMembers(t));
  frozenTables.set(f, t);
  return finishSubtypeInstance(f, type);
}
/** Makes a frozenset from distinct-or-not items (`hashes` and `fresh` as PySet's). */
export function makeFrozenSet(items: PyObject[], type: PyType = frozensetType, hashes: Map<PyObject, number> | null = null, fresh = false): PyFrozenSet {
  const t = new HashTable();
  if (hashes === null) for (const x of items) t.set(x, None);
  else for (const x of items) t.setKnown(x, None, hashes, fresh);
  const keys: PyObject[] = [];
  for (const e of t.map.values()) keys.push(e.key);
  const f = new PyFrozenSet(keys);
  frozenTables.set(f, t);
  return finishSubtypeInstance(f, type);
}

/** The hash table of a set or frozenset, or null for other objects. */
export function setTableOf(v: PyObject): HashTable | null {
  if (v instanceof PySet) return v.table;
  if (v instanceof PyFrozenSet) return frozenTable(v);
  return null;
}

/** The members of a table in insertion order. */
export function tableMembers(t: HashTable): PyObject[] {
  const out: PyObject[] = [];
  for (const e of t.map.values()) out.push(e.key);
  return out;
}

/**
 * The distinct keys of a set, frozenset or exact dict and their stored hashes (what CPython's
 * set_update_internal, set_merge and dict.fromkeys read without hashing again), or null for
 * any other iterable.
 */
export function knownKeys(w: PyObject): { keys: PyObject[]; hashes: Map<PyObject, number> | null } | null {
  const t = setTableOf(w);
  if (t !== null) return { keys: tableMembers(t), hashes: t.keyHashes() };
  if (w instanceof PyDict && typeOf(w) === dictType) return { keys: w.keys(), hashes: w.keyHashes() };
  return null;
}

/**
 * `a & w` (CPython's set_intersection) as a new table: with a set or frozenset w, the smaller
 * of the two is iterated and its members (with their stored hashes) kept when the other has
 * them (`{1.0, 2} & {1}` is {1}); with any other iterable, its items are hashed once, looked up
 * in a and kept (`{1.0, 2}.intersection([1])` is {1}).
 */
export function intersectTable(a: HashTable, w: PyObject): HashTable {
  const r = new HashTable();
  const b = setTableOf(w);
  if (b !== null) {
    const x = b.size > a.size ? a : b;
    const y = x === a ? b : a;
    const hx = x.keyHashes();
    for (const e of x.map.values()) if (y.hasKnown(e.key, hx)) r.setKnown(e.key, None, hx, false);
    return r;
  }
  forEach(w, (k) => {
    const h = pathHash(k);
    if (a.hasH(k, h)) r.setH(k, None, h, false);
  });
  return r;
}

/** Both tables' stored hashes in one map (a's where a key is in both), or null. */
function mergedHashes(ha: Map<PyObject, number> | null, hb: Map<PyObject, number> | null): Map<PyObject, number> | null {
  if (ha === null) return hb;
  if (hb === null) return ha;
  const m = new Map(hb);
  for (const [k, h] of ha) m.set(k, h);
  return m;
}

/** A set or frozenset (as v is) whose table is r, a new table no one else holds. */
export function setLikeOwning(v: PyObject, r: HashTable): PyObject {
  return v instanceof PyFrozenSet ? frozenSetOfTable(r) : new PySet([], r);
}

// ---------------------------------------------------------------------------------------------
// Set iteration order. CPython iterates a set in hash-table slot order, not insertion order
// ({3, 1, 2} prints {1, 2, 3}). For sets whose members are all numbers (whose hashes are
// fixed, unlike str hashes, which CPython randomises) the order is reproduced by replaying
// CPython's insertions (setobject.c set_add_entry/set_table_resize: 8 slots to start,
// LINEAR_PROBES = 9, PERTURB_SHIFT = 5, resize at fill*5 >= mask*3) on the members in
// insertion order. Other sets keep insertion order. Cached per table version.

const orderCache = new WeakMap<HashTable, { version: number; keys: PyObject[] }>();
const M64 = (1n << 64n) - 1n;

function numericHash64(v: PyObject): bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) {
    const h = numericHash(v);
    return h === null ? null : BigInt(h) & M64;
  }
  return null;
}

function simulateSetOrder(keys: PyObject[], hashes: bigint[]): PyObject[] {
  let size = 8;
  let table: (number | undefined)[] = new Array(size);
  let fill = 0;
  const place = (tbl: (number | undefined)[], mask: number, idx: number): void => {
    const h = hashes[idx];
    let perturb = h;
    let i = Number(h & BigInt(mask));
    for (;;) {
      if (tbl[i] === undefined) {
        tbl[i] = idx;
        return;
      }
      if (i + 9 <= mask) {
        for (let j = 1; j <= 9; j++) {
          if (tbl[i + j] === undefined) {
            tbl[i + j] = idx;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  };
  for (let k = 0; k < keys.length; k++) {
    place(table, size - 1, k);
    fill++;
    if (fill * 5 >= (size - 1) * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let newSize = 8;
      while (newSize <= minused) newSize <<= 1;
      const old = table;
      table = new Array(newSize);
      size = newSize;
      for (const idx of old) if (idx !== undefined) place(table, size - 1, idx);
    }
  }
  const out: PyObject[] = [];
  for (const idx of table) if (idx !== undefined) out.push(keys[idx]);
  return out;
}

/** The members of a set's table in CPython's iteration order (see above). */
export function setOrder(t: HashTable): PyObject[] {
  const c = orderCache.get(t);
  if (c !== undefined && c.version === t.keysVersion) return c.keys;
  const keys: PyObject[] = [];
  for (const e of t.map.values()) keys.push(e.key);
  let ordered = keys;
  if (keys.length > 1 && keys.length <= 100000) {
    const hashes: bigint[] = [];
    for (const k of keys) {
      const h = numericHash64(k);
      if (h === null) break;
      hashes.push(h);
    }
    if (hashes.length === keys.length) ordered = simulateSetOrder(keys, hashes);
  }
  orderCache.set(t, { version: t.keysVersion, keys: ordered });
  return ordered;
}

export class PySetIter extends PyBase {
  private readonly keys: PyObject[];
  private index = 0;
  private readonly size: number;
  constructor(private readonly table: HashTable) {
    super();
    this.keys = setOrder(table);
    this.size = table.size;
  }
  /** __length_hint__ (setiter_len): the members not yet produced, 0 once the set changed size. */
  lengthHint(): number {
    return this.table.size === this.size ? this.keys.length - this.index : 0;
  }
  next(): PyObject | undefined {
    if (this.table.size !== this.size) raiseRuntimeError('Set changed size during iteration');
    return this.index < this.keys.length ? this.keys[this.index++] : undefined;
  }
  /** The members still to come, without advancing (__reduce__). */
  remaining(): PyObject[] {
    if (this.table.size !== this.size) raiseRuntimeError('Set changed size during iteration');
    return this.keys.slice(this.index);
  }
}
export const setIteratorType = makeBuiltinType('set_iterator', objectType);
setBuiltinType(PySetIter, setIteratorType);
setSlots(setIteratorType, { tp_iter: (v) => v, tp_iternext: (v) => (v as PySetIter).next() });
addMethod(setIteratorType, '__length_hint__', (v) => (v as PySetIter).lengthHint(), { minArgs: 0, maxArgs: 0 });
// setiter_reduce: (iter, (the members still to come as a list,)).
addMethod(setIteratorType, '__reduce__', (v) => {
  // the remaining items first, then the builtin (as CPython's setiter_reduce: its lookup may exhaust v)
  const rest = new PyList((v as PySetIter).remaining());
  return new PyTuple([builtinNamed('iter'), new PyTuple([rest])]);
}, { minArgs: 0, maxArgs: 0 });

function tableKeys(t: HashTable): PyObject[] {
  return setOrder(t);
}

/** Binary set operators; result has the left operand's kind (set or frozenset). */
function setBinary(v: PyObject, w: PyObject, kind: 'and' | 'or' | 'sub' | 'xor'): PyObject {
  const a = setTableOf(v);
  const b = setTableOf(w);
  if (a === null || b === null) return NotImplemented;
  if (kind === 'and') return setLikeOwning(v, intersectTable(a, w));
  // The members' stored hashes are reused (CPython's set_merge, set_difference and
  // set_symmetric_difference use entry->hash).
  const ha = a.keyHashes(), hb = b.keyHashes();
  const out: PyObject[] = [];
  let hashes = ha;
  switch (kind) {
    case 'or': {
      // set_or: a copy of a's table, then b's members added.
      const r = new HashTable().assignFrom(a);
      for (const x of tableKeys(b)) r.setKnown(x, None, hb, false);
      return setLikeOwning(v, r);
    }
    case 'sub':
      for (const e of a.map.values()) if (!b.hasKnown(e.key, ha)) out.push(e.key);
      break;
    case 'xor':
      for (const e of a.map.values()) if (!b.hasKnown(e.key, ha)) out.push(e.key);
      for (const e of b.map.values()) if (!a.hasKnown(e.key, hb)) out.push(e.key);
      hashes = mergedHashes(ha, hb);
      break;
  }
  return v instanceof PyFrozenSet ? makeFrozenSet(out, frozensetType, hashes, kind === 'sub') : setOfKnown(out, hashes, kind === 'sub');
}

/** Every member of a is in b, looked up with a's stored hashes (CPython's set_issubset). */
export function isSubsetTable(a: HashTable, b: HashTable): boolean {
  if (a.size > b.size) return false;
  const ha = a.keyHashes();
  for (const e of a.map.values()) if (!b.hasKnown(e.key, ha)) return false;
  return true;
}
const isSubset = isSubsetTable;

function setRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const a = setTableOf(v);
  const b = setTableOf(w);
  if (a === null || b === null) return NotImplemented;
  switch (op) {
    case Py_EQ: return a.size === b.size && isSubset(a, b);
    case Py_NE: return !(a.size === b.size && isSubset(a, b));
    case Py_LE: return isSubset(a, b);
    case Py_GE: return isSubset(b, a);
    case Py_LT: return a.size < b.size && isSubset(a, b);
    default: return a.size > b.size && isSubset(b, a);
  }
}

function setRepr(v: PyObject): string {
  const t = setTableOf(v)!;
  const name = typeOf(v).name;
  if (t.size === 0) return `${name}()`;
  return reprEnter(v, `${name}(...)`, () => {
    const body = '{' + tableKeys(t).map(repr).join(', ') + '}';
    return name === 'set' ? body : `${name}(${body})`;
  });
}

const commonSetSlots = {
  sq_length: (v: PyObject) => setTableOf(v)!.size,
  sq_contains: (v: PyObject, x: PyObject) => {
    try {
      return setTableOf(v)!.has(x);
    } catch (e) {
      // `[1] in {1}`: an unhashable set member is looked up as a frozenset would be (CPython does
      // this for sets only); any other TypeError propagates.
      if (x instanceof PySet && e instanceof PyException) return setTableOf(v)!.has(makeFrozenSet(x.keys()));
      throw e;
    }
  },
  tp_iter: (v: PyObject) => new PySetIter(setTableOf(v)!),
  tp_richcompare: setRichCompare,
  tp_repr: setRepr,
  nb_and: (v: PyObject, w: PyObject) => setBinary(v, w, 'and'),
  nb_or: (v: PyObject, w: PyObject) => setBinary(v, w, 'or'),
  nb_subtract: (v: PyObject, w: PyObject) => setBinary(v, w, 'sub'),
  nb_xor: (v: PyObject, w: PyObject) => setBinary(v, w, 'xor'),
  nb_bool: (v: PyObject) => setTableOf(v)!.size !== 0,
};
setSlots(setType, {
  ...commonSetSlots,
  tp_hash: hashNotImplemented,
  nb_inplace_and: (v, w) => inplaceSet(v as PySet, w, 'and'),
  nb_inplace_or: (v, w) => inplaceSet(v as PySet, w, 'or'),
  nb_inplace_subtract: (v, w) => inplaceSet(v as PySet, w, 'sub'),
  nb_inplace_xor: (v, w) => inplaceSet(v as PySet, w, 'xor'),
  tp_new: (t) => finishSubtypeInstance(new PySet(), t),
  tp_init: (self, args, kw) => {
    noKw('set', kw);
    if (args.length > 1) raiseTypeError(`set expected at most 1 argument, got ${args.length}`);
    const s = self as PySet;
    s.table.clear();
    if (args.length === 1) {
      // A set, frozenset or exact dict: its keys with their stored hashes (set_update_internal).
      const a = args[0];
      const t = setTableOf(a);
      if (t !== null) s.table.assignFrom(t);
      else if (a instanceof PyBase && (a.ob_type === listType || a.ob_type === tupleType)) {
        // An exact list or tuple: its items read as its iterator would (the length each step).
        const seq = a as PyTuple;
        for (let i = 0; i < seq.items.length; i++) s.table.set(seq.items[i], None);
      } else {
        const k = knownKeys(a);
        if (k === null) forEach(a, (x) => s.add(x));
        else for (const x of k.keys) s.table.setKnown(x, None, k.hashes, true);
      }
    }
  },
});
function inplaceSet(s: PySet, w: PyObject, kind: 'and' | 'or' | 'sub' | 'xor'): PyObject {
  const r = setBinary(s, w, kind);
  if (r === NotImplemented) return r;
  s.table.clear();
  s.table.assignFrom(setTableOf(r)!);
  return s;
}
setSlots(frozensetType, {
  ...commonSetSlots,
  tp_hash: (v) => {
    // frozenset_hash: order-independent combination of the members' hashes.
    let h = 0;
    const t = frozenTable(v as PyFrozenSet);
    // The members' stored hashes (CPython's frozenset_hash reads entry->hash).
    const hs = t.keyHashes();
    for (const e of t.map.values()) {
      const sh = hs !== null ? hs.get(e.key) : undefined;
      const x = (sh !== undefined ? sh : hashOf(e.key)) | 0;
      h ^= Math.imul(x ^ (x << 16) ^ 89869747, 3644798167);
    }
    h = Math.imul(h, 69069) + 907133923;
    h |= 0;
    return h === -1 ? 590923713 : h;
  },
  tp_new: (t, args, kw) => {
    if (kw !== null && kw.size > 0 && t.slots.tp_init === frozensetType.slots.tp_init) noKw('frozenset', kw);
    if (args.length > 1) raiseTypeError(`frozenset expected at most 1 argument, got ${args.length}`);
    if (args.length === 1 && args[0] instanceof PyFrozenSet && t === frozensetType) return args[0];
    const st = args.length === 0 ? null : setTableOf(args[0]);
    if (st !== null) return frozenSetOfTable(new HashTable().assignFrom(st), t);
    const k = args.length === 0 ? null : knownKeys(args[0]);
    if (k !== null) return makeFrozenSet(k.keys, t, k.hashes, true);
    return makeFrozenSet(args.length === 0 ? [] : toArray(args[0]), t);
  },
});

// ---------------------------------------------------------------------------------------------
// range

/**
 * A range. Small ranges (every bound and the length safe integers) use the number fields,
 * which the VMs' FOR_ITER fast path reads; a range with a bound beyond 2**53 keeps exact
 * bigint bounds in `big` (and `length` is NaN), as CPython's ranges of Python ints.
 */
export class PyRange extends PyBase {
  readonly length: number;
  big: { start: bigint; stop: bigint; step: bigint; length: bigint } | null = null;
  constructor(public readonly start: number, public readonly stop: number, public readonly step: number) {
    super();
    if (step > 0) this.length = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    else this.length = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  item(i: number): number {
    return this.start + i * this.step;
  }
}
setBuiltinType(PyRange, rangeType);

function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return stop > start ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** A range from Python ints: small (number fields) when everything fits, else exact. */
export function makeRange(start: bigint | number, stop: bigint | number, step: bigint | number): PyRange {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const r = new PyRange(start, stop, step);
    if (Number.isSafeInteger(r.length) && Number.isSafeInteger(r.item(r.length))) return r;
  }
  const bs = BigInt(start);
  const be = BigInt(stop);
  const bp = BigInt(step);
  const r = new PyRange(NaN, NaN, NaN);
  r.big = { start: bs, stop: be, step: bp, length: bigLength(bs, be, bp) };
  return r;
}

/** (start, stop, step, length) of any range, exact. */
function rangeParts(r: PyRange): { start: bigint; stop: bigint; step: bigint; length: bigint } {
  return r.big ?? { start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step), length: BigInt(r.length) };
}

const pyInt = (b: bigint): number | bigint => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);

export class PyRangeIter extends PyBase {
  /** The range's length (__reduce__ gives the range and how many items were produced). */
  readonly total: number;
  constructor(public next: number, public readonly step: number, public remaining: number) {
    super();
    this.total = remaining;
  }
}
export const rangeIteratorType = makeBuiltinType('range_iterator', objectType);
setBuiltinType(PyRangeIter, rangeIteratorType);
addMethod(rangeIteratorType, '__length_hint__', (v) => Math.max(0, (v as PyRangeIter).remaining), { minArgs: 0, maxArgs: 0 });
// rangeiter_reduce / rangeiter_setstate: (iter, (the range,), items produced); the state is an
// index into the range, clipped to 0..len (a C long: TypeError / OverflowError otherwise).
addMethod(rangeIteratorType, '__reduce__', (v) => {
  const r = v as PyRangeIter;
  const done = r.total - Math.max(0, r.remaining);
  const start = r.next - done * r.step;
  return new PyTuple([builtinNamed('iter'), new PyTuple([makeRange(start, start + r.total * r.step, r.step)]), done]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(rangeIteratorType, '__setstate__', (v, args) => {
  const r = v as PyRangeIter;
  const st = args[0];
  const i = typeof st === 'number' ? st : index(st);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) throw newException(OverflowError, 'Python int too large to convert to C long');
  const k = Number(i) < 0 ? 0 : Math.min(Number(i), r.total);
  const done = r.total - Math.max(0, r.remaining);
  r.next += (k - done) * r.step;
  r.remaining = r.total - k;
  return None;
}, { minArgs: 1, maxArgs: 1 });
setSlots(rangeIteratorType, {
  tp_iter: (v) => v,
  tp_iternext: (v) => {
    const r = v as PyRangeIter;
    if (r.remaining <= 0) return undefined;
    r.remaining--;
    const x = r.next;
    r.next += r.step;
    return x;
  },
});

/** Iterator over a range with bigint bounds (longrange_iterator). */
export class PyBigRangeIter extends PyBase {
  readonly total: bigint;
  constructor(public next: bigint, public readonly step: bigint, public remaining: bigint) {
    super();
    this.total = remaining;
  }
}
export const longRangeIteratorType = makeBuiltinType('longrange_iterator', objectType);
setBuiltinType(PyBigRangeIter, longRangeIteratorType);
addMethod(longRangeIteratorType, '__length_hint__', (v) => pyInt((v as PyBigRangeIter).remaining), { minArgs: 0, maxArgs: 0 });
// longrangeiter_reduce / _setstate: as the range iterator's, with Python ints (the state is
// compared with 0 and the length, not converted: any int).
addMethod(longRangeIteratorType, '__reduce__', (v) => {
  const r = v as PyBigRangeIter;
  const done = r.total - r.remaining;
  const start = r.next - done * r.step;
  return new PyTuple([builtinNamed('iter'), new PyTuple([makeRange(start, start + r.total * r.step, r.step)]), pyInt(done)]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(longRangeIteratorType, '__setstate__', (v, args) => {
  const r = v as PyBigRangeIter;
  const st = args[0];
  let k: bigint;
  if (richCompareBool(st, 0, Py_LT)) k = 0n;
  else if (richCompareBool(r.total as PyObject, st, Py_LT)) k = r.total;
  else if (typeof st === 'number' || typeof st === 'bigint' || typeof st === 'boolean') k = BigInt(st);
  else k = BigInt(index(st));
  const done = r.total - r.remaining;
  r.next += (k - done) * r.step;
  r.remaining = r.total - k;
  return None;
}, { minArgs: 1, maxArgs: 1 });
setSlots(longRangeIteratorType, {
  tp_iter: (v) => v,
  tp_iternext: (v) => {
    const r = v as PyBigRangeIter;
    if (r.remaining <= 0n) return undefined;
    r.remaining--;
    const x = r.next;
    r.next += r.step;
    return pyInt(x);
  },
});

function rangeArg(v: PyObject): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeOf(v).slots.nb_index === undefined) {
    raiseTypeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  }
  return index(v);
}

/** An index (number | bigint) as a bigint, or null when `key` is not an integer. */
function bigIndex(key: PyObject): bigint | null {
  if (typeof key === 'number' || typeof key === 'bigint') return BigInt(key);
  if (typeof key === 'boolean') return key ? 1n : 0n;
  if (typeOf(key).slots.nb_index === undefined) return null;
  return BigInt(index(key));
}

/** slice.indices() over a bigint length (PySlice_GetIndicesEx with Python ints). */
function bigSliceIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const comp = (v: PyObject): bigint | null => {
    if (v === None) return null;
    const b = bigIndex(v);
    if (b === null) raiseTypeError('slice indices must be integers or None or have an __index__ method');
    return b;
  };
  const step = comp(s.step) ?? 1n;
  if (step === 0n) raiseValueError('slice step cannot be zero');
  let start = comp(s.start);
  let stop = comp(s.stop);
  const clamp = (x: bigint, lo: bigint, hi: bigint): bigint => (x < lo ? lo : x > hi ? hi : x);
  if (step > 0n) {
    start = start === null ? 0n : start < 0n ? clamp(start + length, 0n, length) : clamp(start, 0n, length);
    stop = stop === null ? length : stop < 0n ? clamp(stop + length, 0n, length) : clamp(stop, 0n, length);
  } else {
    start = start === null ? length - 1n : start < 0n ? clamp(start + length, -1n, length - 1n) : clamp(start, -1n, length - 1n);
    stop = stop === null ? -1n : stop < 0n ? clamp(stop + length, -1n, length - 1n) : clamp(stop, -1n, length - 1n);
  }
  return [start, stop, step];
}

function rangeContains(r: PyRange, x: PyObject): boolean {
  if (r.big === null && (typeof x === 'number' || typeof x === 'boolean')) {
    const n = typeof x === 'boolean' ? (x ? 1 : 0) : x;
    if (r.step > 0 ? n < r.start || n >= r.stop : n > r.start || n <= r.stop) return false;
    return (n - r.start) % r.step === 0;
  }
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const n = typeof x === 'boolean' ? (x ? 1n : 0n) : BigInt(x);
    const p = rangeParts(r);
    if (p.step > 0n ? n < p.start || n >= p.stop : n > p.start || n <= p.stop) return false;
    return (n - p.start) % p.step === 0n;
  }
  const it = getIter(r);
  const next = typeOf(it).slots.tp_iternext!;
  for (let y = next(it); y !== undefined; y = next(it)) if (richEq(y, x)) return true;
  return false;
}

setSlots(rangeType, {
  tp_new: (_t, args, kw) => {
    noKw('range', kw);
    if (args.length === 0) raiseTypeError('range expected at least 1 argument, got 0');
    if (args.length > 3) raiseTypeError(`range expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return makeRange(0, rangeArg(args[0]), 1);
    const step = args.length === 3 ? rangeArg(args[2]) : 1;
    if (step === 0 || step === 0n) raiseValueError('range() arg 3 must not be zero');
    return makeRange(rangeArg(args[0]), rangeArg(args[1]), step);
  },
  sq_length: (v) => {
    const r = v as PyRange;
    if (r.big === null) return r.length;
    if (r.big.length > 9223372036854775807n) throw newException(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(r.big.length);
  },
  mp_subscript: (v, key) => {
    const r = v as PyRange;
    if (key instanceof PySlice) {
      // range_subscript's compute_slice: the slice's clamped start and stop, each mapped to
      // the item it would index (range(10)[9:4:-2] is range(9, 4, -2), not range(9, 3, -2)).
      if (r.big === null) {
        const [start, stop, step] = sliceIndices(key, r.length);
        return makeRange(r.item(start), r.item(stop), step * r.step);
      }
      const p = r.big;
      const [start, stop, step] = bigSliceIndices(key, p.length);
      return makeRange(pyInt(p.start + start * p.step), pyInt(p.start + stop * p.step), pyInt(step * p.step));
    }
    if (r.big === null && typeof key === 'number') return r.item(seqIndex(key, r.length, 'range object'));
    const i = bigIndex(key);
    if (i === null) raiseTypeError(`range indices must be integers or slices, not ${typeOf(key).tpName}`);
    const p = rangeParts(r);
    const j = i < 0n ? i + p.length : i;
    if (j < 0n || j >= p.length) raiseIndexError('range object index out of range');
    return pyInt(p.start + j * p.step);
  },
  sq_contains: (v, x) => rangeContains(v as PyRange, x),
  tp_iter: (v) => {
    const r = v as PyRange;
    if (r.big === null) return new PyRangeIter(r.start, r.step, r.length);
    return new PyBigRangeIter(r.big.start, r.big.step, r.big.length);
  },
  tp_repr: (v) => {
    const p = rangeParts(v as PyRange);
    return p.step === 1n ? `range(${p.start}, ${p.stop})` : `range(${p.start}, ${p.stop}, ${p.step})`;
  },
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyRange) || (op !== Py_EQ && op !== Py_NE)) return NotImplemented;
    const a = rangeParts(v as PyRange);
    const b = rangeParts(w);
    const eq = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
    return op === Py_EQ ? eq : !eq;
  },
  tp_hash: (v) => {
    const p = rangeParts(v as PyRange);
    return tupleHash([pyInt(p.length), p.length === 0n ? None : pyInt(p.start), p.length <= 1n ? None : pyInt(p.step)]);
  },
  nb_bool: (v) => {
    const r = v as PyRange;
    return r.big === null ? r.length !== 0 : r.big.length !== 0n;
  },
});
/**
 * len() of any object as a Python int, exact past 2**53: the sq_length slot gives a JS number,
 * which rounds a range's length there (len(range(2**60)) was 1152921504606847000); a range with
 * big parts answers its exact length. One comparison on the common path.
 */
export function exactLength(v: PyObject): PyObject {
  const n = opLength(v);
  return n <= Number.MAX_SAFE_INTEGER ? n : v instanceof PyRange && v.big !== null ? v.big.length : n;
}
// range.__len__ (CPython's slot wrapper of range_length, a wrapper_descriptor): exact past
// 2**53 as len() is, where the generic wrapper of sq_length (class.ts) returns the slot's
// rounded number. Defined before the slot wrappers are made, so that they keep this one.
addMethod(rangeType, '__len__', (v) => exactLength(v), { minArgs: 0, maxArgs: 0, noKwargs: true, slotWrapper: true });
(rangeType.dict.get('__len__') as PyBase).ob_type = wrapperDescriptorType;
addGetSet(rangeType, 'start', (v) => pyInt(rangeParts(v as PyRange).start));
addGetSet(rangeType, 'stop', (v) => pyInt(rangeParts(v as PyRange).stop));
addGetSet(rangeType, 'step', (v) => pyInt(rangeParts(v as PyRange).step));
addMethod(rangeType, 'index', (v, args) => {
  const r = v as PyRange;
  const x = args[0];
  if (!rangeContains(r, x)) raiseValueError(`${repr(x)} is not in range`);
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const p = rangeParts(r);
    return pyInt((BigInt(typeof x === 'boolean' ? (x ? 1 : 0) : x) - p.start) / p.step);
  }
  let i = 0;
  const it = getIter(r);
  const next = typeOf(it).slots.tp_iternext!;
  for (let y = next(it); y !== undefined; y = next(it), i++) if (richEq(y, x)) return i;
  return raiseValueError(`${repr(x)} is not in range`);
}, { minArgs: 1, maxArgs: 1 });
addMethod(rangeType, 'count', (v, args) => {
  const x = args[0];
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return rangeContains(v as PyRange, x) ? 1 : 0;
  let n = 0;
  const it = getIter(v);
  const next = typeOf(it).slots.tp_iternext!;
  for (let y = next(it); y !== undefined; y = next(it)) if (richEq(y, x)) n++;
  return n;
}, { minArgs: 1, maxArgs: 1 });
addMethod(rangeType, '__reversed__', (v) => {
  const p = rangeParts(v as PyRange);
  const last = p.start + (p.length - 1n) * p.step;
  return getIter(makeRange(pyInt(last), pyInt(p.start - p.step), pyInt(-p.step)));
}, { maxArgs: 0 });

// ---------------------------------------------------------------------------------------------
// slice

setSlots(sliceType, {
  tp_new: (_t, args, kw) => {
    noKw('slice', kw);
    if (args.length === 0) raiseTypeError('slice expected at least 1 argument, got 0');
    if (args.length > 3) raiseTypeError(`slice expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
  },
  tp_repr: (v) => {
    const s = v as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PySlice)) return NotImplemented;
    const a = v as PySlice;
    return richCompare(new PyTuple([a.start, a.stop, a.step]), new PyTuple([w.start, w.stop, w.step]), op);
  },
  tp_hash: hashNotImplemented,
});
addGetSet(sliceType, 'start', (v) => (v as PySlice).start);
addGetSet(sliceType, 'stop', (v) => (v as PySlice).stop);
addGetSet(sliceType, 'step', (v) => (v as PySlice).step);
// range.__reduce__ and slice.__reduce__: (type, (start, stop, step)), what copy and pickle rebuild from.
addMethod(rangeType, '__reduce__', (v) => {
  const p = rangeParts(v as PyRange);
  return new PyTuple([rangeType, new PyTuple([pyInt(p.start), pyInt(p.stop), pyInt(p.step)])]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(sliceType, '__reduce__', (v) => {
  const s = v as PySlice;
  return new PyTuple([sliceType, new PyTuple([s.start, s.stop, s.step])]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(sliceType, 'indices', (v, args) => {
  const n = indexAsNumber(args[0]);
  if (n < 0) raiseValueError('length should not be negative');
  const [start, stop, step] = sliceIndices(v as PySlice, n);
  return new PyTuple([start, stop, step]);
}, { minArgs: 1, maxArgs: 1 });

void isTrue;
void getIter;
void intType;

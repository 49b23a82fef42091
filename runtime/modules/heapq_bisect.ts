// The heapq and bisect modules, with Lib/heapq.py's and Lib/bisect.py's algorithms
// (same sift order, so heaps print exactly as in CPython), comparing with `<` only.

import { PyObject, None } from '../object';
import { Py_LT } from '../type';
import { typeOf } from '../types';
import { PyList } from '../containers';
import { richCompareBool, toArray, getItem, len as opLen, forEach, index as opIndex } from '../ops';
import { callObject } from '../call';
import { getAttr } from '../attr';
import { raise } from '../lib_errors';
import { parseArgs, asIndex } from '../lib_args';
import { sortList } from '../builtins_core';
import { defineModule } from './module_util';
import * as I from '../int_ops';

function lt(a: PyObject, b: PyObject): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return richCompareBool(a, b, Py_LT);
}

function heapList(v: PyObject, fname: string): PyList {
  if (!(v instanceof PyList)) raise('TypeError', `${fname}() argument 1 must be list, not ${typeOf(v).tpName}`);
  return v;
}

// The sifts are _heapq's (swaps, not a hole): a comparison runs Python code that may change the
// list, so its items are read again after each one, and a change of size is CPython's
// RuntimeError instead of a read past the end.
function changedSize(): never {
  return raise('RuntimeError', 'list changed size during iteration');
}

/** _heapq's siftdown: moves heap[pos] up towards startpos. */
function siftdown(list: PyList, startpos: number, pos: number): void {
  const size = list.items.length;
  if (pos >= size) raise('IndexError', 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const less = lt(list.items[pos], list.items[parentpos]);
    if (list.items.length !== size) changedSize();
    if (!less) break;
    const arr = list.items;
    const parent = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** _heapq's siftup: moves the smaller child up until a leaf, then siftdown from there. */
function siftup(list: PyList, pos: number): void {
  const endpos = list.items.length;
  const startpos = pos;
  if (pos >= endpos) raise('IndexError', 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      if (!lt(list.items[childpos], list.items[childpos + 1])) childpos += 1;
      if (list.items.length !== endpos) changedSize();
    }
    const arr = list.items;
    const child = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = child;
    pos = childpos;
  }
  siftdown(list, startpos, pos);
}

function nBest(args: PyObject[], kwargs: Map<string, PyObject> | null, fname: string, largest: boolean): PyObject {
  const [nA, iterable, key] = parseArgs({ fname, pythonFunction: true, names: ['n', 'iterable', 'key'], required: 2 }, args, kwargs);
  const n = asIndex(nA!);
  const l = new PyList(toArray(iterable!));
  sortList(l, key === undefined ? None : key, largest);
  return new PyList(l.items.slice(0, Math.max(0, n)));
}

function bisectArgs(fname: string, args: PyObject[], kwargs: Map<string, PyObject> | null): { a: PyObject; x: PyObject; lo: I.PyInt; hi: I.PyInt; key: PyObject } {
  const [a, x, loA, hiA, key] = parseArgs({ fname, names: ['a', 'x', 'lo', 'hi', 'key'], required: 2, kwOnlyFrom: 4 }, args, kwargs);
  // The bounds exactly (Py_ssize_t in CPython): a sequence may be longer than 2**53.
  const lo = loA === undefined ? 0 : I.asInt(opIndex(loA));
  if (lo < 0) raise('ValueError', 'lo must be non-negative');
  const hi = hiA === undefined || hiA === None ? opLen(a!) : I.asInt(opIndex(hiA));
  return { a: a!, x: x!, lo, hi, key: key === undefined ? None : key };
}

function bisect(fname: string, args: PyObject[], kwargs: Map<string, PyObject> | null, right: boolean): PyObject {
  const { a, x, key, lo: lo0, hi: hi0 } = bisectArgs(fname, args, kwargs);
  if (typeof lo0 !== 'number' || typeof hi0 !== 'number' || hi0 > Number.MAX_SAFE_INTEGER) {
    return bisectBig(a, x, key, BigInt(lo0), BigInt(hi0), right);
  }
  let lo = lo0, hi = hi0;
  const items = a instanceof PyList ? a.items : null;
  while (lo < hi) {
    // Not `>> 1`, which works in 32 bits: a range or sequence may be longer (test_bisect
    // test_large_range looped for ever).
    const mid = Math.floor((lo + hi) / 2);
    let v = items !== null ? items[mid] : getItem(a, mid);
    if (key !== None) v = callObject(key, [v], null);
    if (right ? lt(x, v) : !lt(v, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** bisect's loop for bounds past 2**53, in exact integers (a range of sys.maxsize items). */
function bisectBig(a: PyObject, x: PyObject, key: PyObject, lo: bigint, hi: bigint, right: boolean): PyObject {
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    let v = getItem(a, I.normBig(mid));
    if (key !== None) v = callObject(key, [v], null);
    if (right ? lt(x, v) : !lt(v, x)) hi = mid;
    else lo = mid + 1n;
  }
  return I.normBig(lo);
}

defineModule('heapq', (m) => {
  m.fn('heappush', (args) => {
    const heap = heapList(args[0], 'heappush');
    heap.items.push(args[1]);
    siftdown(heap, 0, heap.items.length - 1);
    return None;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('heappop', (args) => {
    const heap = heapList(args[0], 'heappop');
    if (heap.items.length === 0) raise('IndexError', 'index out of range');
    const last = heap.items.pop()!;
    if (heap.items.length === 0) return last;
    const ret = heap.items[0];
    heap.items[0] = last;
    siftup(heap, 0);
    return ret;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('heapify', (args) => {
    const heap = heapList(args[0], 'heapify');
    for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
    return None;
  }, { minArgs: 1, maxArgs: 1 });
  m.fn('heapreplace', (args) => {
    const heap = heapList(args[0], 'heapreplace');
    if (heap.items.length === 0) raise('IndexError', 'index out of range');
    const ret = heap.items[0];
    heap.items[0] = args[1];
    siftup(heap, 0);
    return ret;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('heappushpop', (args) => {
    const heap = heapList(args[0], 'heappushpop');
    const item = args[1];
    if (heap.items.length === 0 || !lt(heap.items[0], item)) return item;
    // The comparison may have emptied the list (_heapq's heappushpop checks again).
    if (heap.items.length === 0) raise('IndexError', 'index out of range');
    const top = heap.items[0];
    heap.items[0] = item;
    siftup(heap, 0);
    return top;
  }, { minArgs: 2, maxArgs: 2 });
  m.fn('nlargest', (args, kwargs) => nBest(args, kwargs, 'nlargest', true));
  m.fn('nsmallest', (args, kwargs) => nBest(args, kwargs, 'nsmallest', false));
  m.fn('merge', (args, kwargs) => {
    let key: PyObject = None, reverse = false;
    if (kwargs !== null) for (const [k, v] of kwargs) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = v === true;
      else raise('TypeError', `merge() got an unexpected keyword argument '${k}'`);
    }
    const all: PyObject[] = [];
    for (const a of args) forEach(a, (x) => { all.push(x); });
    const l = new PyList(all);
    sortList(l, key, reverse);
    return callObject(getAttr(l, '__iter__'), [], null);
  });
});

defineModule('bisect', (m) => {
  m.fn('bisect_left', (args, kwargs) => bisect('bisect_left', args, kwargs, false));
  m.fn('bisect_right', (args, kwargs) => bisect('bisect_right', args, kwargs, true));
  m.fn('bisect', (args, kwargs) => bisect('bisect_right', args, kwargs, true));
  const insort = (fname: string, right: boolean) => (args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    const { a, x, key } = bisectArgs(fname, args, kwargs);
    const kx = key === None ? x : callObject(key, [x], null);
    const a2 = [a, kx, ...args.slice(2)];
    const kw2 = kwargs === null ? null : new Map(kwargs);
    const i = bisect(fname, a2, kw2, right);
    callObject(getAttr(a, 'insert'), [i, x], null);
    return None;
  };
  m.fn('insort_left', insort('insort_left', false));
  m.fn('insort_right', insort('insort_right', true));
  m.fn('insort', insort('insort_right', true));
});

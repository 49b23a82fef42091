// The collections module: deque, defaultdict, Counter, OrderedDict and namedtuple, with
// CPython 3.11's reprs and messages. deque, defaultdict, Counter and OrderedDict are
// built-in types here (subclassable); namedtuple builds a heap class deriving from tuple.

import { PyObject, PyTuple, None, NotImplemented, PyBase } from '../object';
import { PyType, KwArgs, CompareOp, Py_EQ, Py_NE } from '../type';
import { makeBuiltinType, objectType, dictType, tupleType, typeType, setSlots, typeOf, setBuiltinType, isInstance } from '../types';
import {
  addMethod, addClassMethod, addGetSet, PyMethodDescriptor, PyClassMethodDescriptor, PyStaticMethod, PyBuiltinFunction, PyProperty,
} from '../function';
import { PyList, dictMerge, PySlice, itemIndex } from '../containers';
import { PyDict } from '../dict';
import { repr, reprEnter, richEq, richCompareBool, forEach, toArray, isTrue, getItem, setItem, binaryOp, getIter, hasIndex } from '../ops';
import { Py_LT } from '../type';
const Py_LT_OP = Py_LT;
import { callObject } from '../call';
import { setCollectionFlag, TPFLAGS_SEQUENCE } from '../collection_flags';
import { finishSubtypeInstance, makeClass } from '../class';
import { PyException, KeyError, hashNotImplemented, TypeError as TypeErrorType } from '../exceptions';
import { raise } from '../lib_errors';
import { parseArgs, asIndex, addLibMethod } from '../lib_args';
import { sortList } from '../builtins_core';
import { defineModule, lazyAttributes } from './module_util';
import { getState } from '../object_reduce';
import { getAttr, setAttr } from '../attr';
import { currentInterp, runningModuleName } from '../interp';

// ---- deque ----------------------------------------------------------------------------------------

/** A double-ended queue: items[head..] are the elements (head advances on popleft, compacted lazily). */
export class PyDeque extends PyBase {
  items: PyObject[] = [];
  head = 0;
  maxlen: number | null = null;
  declare __dict__: PyDict | undefined;
  get length(): number {
    return this.items.length - this.head;
  }
  at(i: number): PyObject {
    return this.items[this.head + i];
  }
  compact(): void {
    if (this.head > 32 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
  toArray(): PyObject[] {
    return this.items.slice(this.head);
  }
  setAll(a: PyObject[]): void {
    this.items = a;
    this.head = 0;
  }
  append(x: PyObject): void {
    this.items.push(x);
    if (this.maxlen !== null && this.length > this.maxlen) this.popleft();
  }
  appendleft(x: PyObject): void {
    if (this.head > 0) this.items[--this.head] = x;
    else this.items.unshift(x);
    if (this.maxlen !== null && this.length > this.maxlen) this.items.pop();
  }
  popleft(): PyObject {
    if (this.length === 0) raise('IndexError', 'pop from an empty deque');
    const x = this.items[this.head];
    this.items[this.head++] = None;
    if (this.head === this.items.length) { this.items = []; this.head = 0; } else this.compact();
    return x;
  }
  pop(): PyObject {
    if (this.length === 0) raise('IndexError', 'pop from an empty deque');
    const x = this.items.pop()!;
    if (this.head === this.items.length) { this.items = []; this.head = 0; }
    return x;
  }
}
export const dequeType = makeBuiltinType('deque', objectType, { module: 'collections', baseType: true });
setBuiltinType(PyDeque, dequeType);
dequeType.allocate = () => new PyDeque();
setCollectionFlag(dequeType, TPFLAGS_SEQUENCE); // `match` takes a deque as a sequence

function Q(v: PyObject): PyDeque {
  return v as PyDeque;
}

class PyDequeIter extends PyBase {
  i = 0;
  constructor(public readonly d: PyDeque, public readonly reverse: boolean) {
    super();
  }
}
/** reversed(deque): the same walk from the right, under CPython's own type. */
class PyDequeReverseIter extends PyDequeIter {}
// CPython's names: _collections._deque_iterator and _collections._deque_reverse_iterator.
const dequeIterType = makeBuiltinType('_deque_iterator', objectType, { module: '_collections' });
const dequeReverseIterType = makeBuiltinType('_deque_reverse_iterator', objectType, { module: '_collections' });
setBuiltinType(PyDequeIter, dequeIterType);
setBuiltinType(PyDequeReverseIter, dequeReverseIterType);
for (const t of [dequeIterType, dequeReverseIterType]) {
  addLibMethod(t, '__length_hint__', (v) => Math.max(0, (v as PyDequeIter).d.length - (v as PyDequeIter).i), { minArgs: 0, maxArgs: 0 });
  setSlots(t, {
    tp_iter: (v) => v,
    tp_iternext: (v) => {
      const it = v as PyDequeIter;
      const n = it.d.length;
      if (it.i >= n) return undefined;
      const x = it.reverse ? it.d.at(n - 1 - it.i) : it.d.at(it.i);
      it.i++;
      return x;
    },
  });
}

function dequeIndex(d: PyDeque, key: PyObject): number {
  // deque is a sequence (sq_item), so a key without __index__ gets the sequence protocol's message
  if (!hasIndex(key)) raise('TypeError', `sequence index must be integer, not '${typeOf(key).tpName}'`);
  let i = itemIndex(key);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise('IndexError', 'deque index out of range');
  return i;
}

setSlots(dequeType, {
  tp_new: (t) => finishSubtypeInstance(new PyDeque(), t),
  tp_init: (self, args, kwargs) => {
    const [iterable, maxlen] = parseArgs({ fname: 'deque', names: ['iterable', 'maxlen'], required: 0 }, args, kwargs);
    const d = Q(self);
    d.setAll([]);
    if (maxlen !== undefined && maxlen !== None) {
      const m = asIndex(maxlen);
      if (m < 0) raise('ValueError', 'maxlen must be non-negative');
      d.maxlen = m;
    }
    if (iterable !== undefined) forEach(iterable, (x) => { d.append(x); });
  },
  sq_length: (v) => Q(v).length,
  nb_bool: (v) => Q(v).length !== 0,
  tp_iter: (v) => new PyDequeIter(Q(v), false),
  mp_subscript: (v, key) => {
    return Q(v).at(dequeIndex(Q(v), key));
  },
  mp_ass_subscript: (v, key, value) => {
    const d = Q(v);
    const i = dequeIndex(d, key);
    if (value === undefined) {
      const a = d.toArray();
      a.splice(i, 1);
      d.setAll(a);
    } else d.items[d.head + i] = value;
  },
  sq_contains: (v, x) => {
    const d = Q(v);
    for (let i = 0; i < d.length; i++) if (richEq(d.at(i), x)) return true;
    return false;
  },
  tp_repr: (v) => {
    const d = Q(v);
    const name = typeOf(v).name;
    return reprEnter(v, '[...]', () => {
      const body = '[' + d.toArray().map(repr).join(', ') + ']';
      return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
    });
  },
  tp_richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyDeque)) return NotImplemented;
    const a = Q(v).toArray(), b = w.toArray();
    if (op === Py_EQ || op === Py_NE) {
      let eq = a.length === b.length;
      for (let i = 0; eq && i < a.length; i++) if (!richEq(a[i], b[i])) eq = false;
      return op === Py_EQ ? eq : !eq;
    }
    return callObject(typeOf(new PyList([])).lookup(['__lt__', '__le__', '', '', '__gt__', '__ge__'][op])!, [new PyList(a), new PyList(b)], null);
  },
  tp_hash: hashNotImplemented,
  nb_inplace_add: (v, w) => {
    forEach(w, (x) => { Q(v).append(x); });
    return v;
  },
  sq_concat: (v, w) => {
    if (!(w instanceof PyDeque)) raise('TypeError', `can only concatenate deque (not "${typeOf(w).tpName}") to deque`);
    const d = new PyDeque();
    d.maxlen = Q(v).maxlen;
    for (const x of Q(v).toArray()) d.append(x);
    for (const x of w.toArray()) d.append(x);
    return d;
  },
});

const none0 = { minArgs: 0, maxArgs: 0 };
const one = { minArgs: 1, maxArgs: 1 };
addLibMethod(dequeType, 'append', (v, a) => { Q(v).append(a[0]); return None; }, one);
addLibMethod(dequeType, 'appendleft', (v, a) => { Q(v).appendleft(a[0]); return None; }, one);
addLibMethod(dequeType, 'pop', (v) => Q(v).pop(), none0);
addLibMethod(dequeType, 'popleft', (v) => Q(v).popleft(), none0);
addLibMethod(dequeType, 'extend', (v, a) => {
  const items = a[0] === v ? Q(v).toArray() : toArray(a[0]);
  for (const x of items) Q(v).append(x);
  return None;
}, one);
addLibMethod(dequeType, 'extendleft', (v, a) => {
  const items = a[0] === v ? Q(v).toArray() : toArray(a[0]);
  for (const x of items) Q(v).appendleft(x);
  return None;
}, one);
addLibMethod(dequeType, 'clear', (v) => { Q(v).setAll([]); return None; }, none0);
addLibMethod(dequeType, 'copy', (v) => {
  const d = new PyDeque();
  d.maxlen = Q(v).maxlen;
  d.setAll(Q(v).toArray());
  return finishSubtypeInstance(d, typeOf(v));
}, none0);
addLibMethod(dequeType, 'count', (v, a) => {
  let n = 0;
  for (const x of Q(v).toArray()) if (richEq(x, a[0])) n++;
  return n;
}, one);
addLibMethod(dequeType, 'index', (v, a) => {
  const items = Q(v).toArray();
  let start = a.length > 1 ? asIndex(a[1]) : 0;
  let stop = a.length > 2 ? asIndex(a[2]) : items.length;
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop = Math.max(0, stop + items.length);
  for (let i = start; i < Math.min(stop, items.length); i++) if (richEq(items[i], a[0])) return i;
  return raise('ValueError', `${repr(a[0])} is not in deque`);
}, { minArgs: 1, maxArgs: 3 });
addLibMethod(dequeType, 'insert', (v, a) => {
  const d = Q(v);
  if (d.maxlen !== null && d.length >= d.maxlen) raise('IndexError', 'deque already at its maximum size');
  const items = d.toArray();
  let i = asIndex(a[0]);
  if (i < 0) i = Math.max(0, i + items.length);
  items.splice(Math.min(i, items.length), 0, a[1]);
  d.setAll(items);
  return None;
}, { minArgs: 2, maxArgs: 2 });
addLibMethod(dequeType, 'remove', (v, a) => {
  const d = Q(v);
  const items = d.toArray();
  for (let i = 0; i < items.length; i++) {
    if (richEq(items[i], a[0])) {
      items.splice(i, 1);
      d.setAll(items);
      return None;
    }
  }
  return raise('ValueError', `${repr(a[0])} is not in deque`);
}, one);
addLibMethod(dequeType, 'reverse', (v) => { Q(v).setAll(Q(v).toArray().reverse()); return None; }, none0);
addLibMethod(dequeType, 'rotate', (v, a) => {
  const d = Q(v);
  const n = d.length;
  if (n === 0) return None;
  let k = a.length > 0 ? asIndex(a[0]) : 1;
  k = ((k % n) + n) % n;
  if (k === 0) return None;
  const items = d.toArray();
  d.setAll(items.slice(n - k).concat(items.slice(0, n - k)));
  return None;
}, { minArgs: 0, maxArgs: 1 });
addLibMethod(dequeType, '__reversed__', (v) => new PyDequeReverseIter(Q(v), true), none0);
addLibMethod(dequeType, '__copy__', (v) => {
  const d = new PyDeque();
  d.maxlen = Q(v).maxlen;
  d.setAll(Q(v).toArray());
  return d;
}, none0);
addGetSet(dequeType, 'maxlen', (v) => (Q(v).maxlen === null ? None : Q(v).maxlen!));

// ---- defaultdict ------------------------------------------------------------------------------------

export class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}
export const defaultdictType = makeBuiltinType('defaultdict', dictType, { module: 'collections', baseType: true });
setBuiltinType(PyDefaultDict, defaultdictType);
defaultdictType.allocate = () => new PyDefaultDict();

setSlots(defaultdictType, {
  tp_new: (t) => finishSubtypeInstance(new PyDefaultDict(), t),
  tp_init: (self, args, kwargs) => {
    const d = self as PyDefaultDict;
    if (args.length > 0) {
      const f = args[0];
      if (f !== None && typeOf(f).slots.tp_call === undefined && !(f instanceof PyBuiltinFunction) && !(f instanceof PyType)) {
        raise('TypeError', 'first argument must be callable or None');
      }
      d.factory = f;
    }
    if (args.length > 2) raise('TypeError', `dict expected at most 1 argument, got ${args.length - 1}`);
    if (args.length === 2) dictMerge(d, args[1]);
    if (kwargs !== null) for (const [k, v] of kwargs) d.setStr(k, v);
  },
  tp_repr: (v) => {
    const d = v as PyDefaultDict;
    const f = d.factory === None ? 'None' : repr(d.factory);
    return reprEnter(v, '...', () => `${typeOf(v).name}(${f}, ${dictReprPlain(d)})`);
  },
});
function dictReprPlain(d: PyDict): string {
  if (d.size === 0) return '{}';
  const parts: string[] = [];
  for (const e of d.entries()) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
  return '{' + parts.join(', ') + '}';
}
addLibMethod(defaultdictType, '__missing__', (v, a) => {
  const d = v as PyDefaultDict;
  if (d.factory === None) throw new PyException(KeyError, [a[0]]);
  const value = callObject(d.factory, [], null);
  d.set(a[0], value);
  return value;
}, one);
addLibMethod(defaultdictType, 'copy', (v) => {
  const d = new PyDefaultDict();
  d.factory = (v as PyDefaultDict).factory;
  for (const e of (v as PyDict).entries()) d.set(e.key, e.value);
  return finishSubtypeInstance(d, typeOf(v));
}, none0);
addGetSet(defaultdictType, 'default_factory', (v) => (v as PyDefaultDict).factory, (v, x) => {
  (v as PyDefaultDict).factory = x === undefined ? None : x;
});

// ---- OrderedDict --------------------------------------------------------------------------------------

export class PyOrderedDict extends PyDict {}
export const orderedDictType = makeBuiltinType('OrderedDict', dictType, { module: 'collections', baseType: true });
setBuiltinType(PyOrderedDict, orderedDictType);
orderedDictType.allocate = () => new PyOrderedDict();
setSlots(orderedDictType, {
  tp_new: (t) => finishSubtypeInstance(new PyOrderedDict(), t),
  tp_repr: (v) => {
    const d = v as PyDict;
    const name = typeOf(v).name;
    if (d.size === 0) return `${name}()`;
    return reprEnter(v, '...', () => {
      const parts: string[] = [];
      for (const e of d.entries()) parts.push(`(${repr(e.key)}, ${repr(e.value)})`);
      return `${name}([${parts.join(', ')}])`;
    });
  },
  tp_richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyDict) || (op !== Py_EQ && op !== Py_NE)) return NotImplemented;
    const a = [...(v as PyDict).entries()], b = [...w.entries()];
    let eq = a.length === b.length;
    if (eq && w instanceof PyOrderedDict) {
      for (let i = 0; eq && i < a.length; i++) if (!richEq(a[i].key, b[i].key) || !richEq(a[i].value, b[i].value)) eq = false;
    } else if (eq) {
      for (const e of a) {
        const o = w.get(e.key);
        if (o === undefined || !richEq(e.value, o)) { eq = false; break; }
      }
    }
    return op === Py_EQ ? eq : !eq;
  },
});
addLibMethod(orderedDictType, 'move_to_end', (v, args, kwargs) => {
  const [key, last] = parseArgs({ fname: 'move_to_end', names: ['key', 'last'], required: 1 }, args, kwargs);
  const d = v as PyDict;
  const e = d.delete(key!);
  if (e === undefined) throw new PyException(KeyError, [key!]);
  if (last === undefined || isTrue(last)) d.set(e.key, e.value);
  else {
    const rest = [...d.entries()].map((x) => [x.key, x.value] as [PyObject, PyObject]);
    d.table.clear();
    d.set(e.key, e.value);
    for (const [k, x] of rest) d.set(k, x);
  }
  return None;
});
addLibMethod(orderedDictType, 'popitem', (v, args, kwargs) => {
  const [last] = parseArgs({ fname: 'popitem', names: ['last'], required: 0 }, args, kwargs);
  const d = v as PyDict;
  if (d.size === 0) throw new PyException(KeyError, ['dictionary is empty']);
  const entries = [...d.entries()];
  const e = last === undefined || isTrue(last) ? entries[entries.length - 1] : entries[0];
  d.delete(e.key);
  return new PyTuple([e.key, e.value]);
});

// ---- Counter -------------------------------------------------------------------------------------------

export class PyCounter extends PyDict {}
export const counterType = makeBuiltinType('Counter', dictType, { module: 'collections', baseType: true });
setBuiltinType(PyCounter, counterType);
counterType.allocate = () => new PyCounter();

/**
 * A Counter subclass that overrides __setitem__ or get is updated through them, as CPython's
 * _count_elements and Counter.update/subtract (self[elem] = self.get(elem, 0) + count).
 */
function counterUpdateGeneric(c: PyDict, src: PyObject | undefined, kwargs: KwArgs, sign: 1 | -1): void {
  const get = getAttr(c, 'get');
  const fromMapping = (m: PyDict): void => {
    if (sign === 1 && c.size === 0) {
      for (const e of m.entries()) c.set(e.key, e.value);
      return;
    }
    for (const e of m.entries()) {
      const cur = callObject(get, [e.key, 0], null);
      setItem(c, e.key, sign === 1 ? binaryOp(0, e.value, cur) : binaryOp(10, cur, e.value));
    }
  };
  if (src !== undefined && src !== None) {
    if (src instanceof PyDict) fromMapping(src);
    else forEach(src, (k) => setItem(c, k, binaryOp(sign === 1 ? 0 : 10, callObject(get, [k, 0], null), 1)));
  }
  if (kwargs !== null) {
    const d = new PyDict();
    for (const [k, n] of kwargs) d.setStr(k, n);
    fromMapping(d);
  }
}

function counterUpdate(c: PyDict, src: PyObject | undefined, kwargs: KwArgs, sign: 1 | -1): void {
  const t = typeOf(c);
  if (t !== counterType && (t.lookup('__setitem__') !== counterType.lookup('__setitem__') || t.lookup('get') !== counterType.lookup('get'))) {
    counterUpdateGeneric(c, src, kwargs, sign);
    return;
  }
  const add = (k: PyObject, n: PyObject): void => {
    const cur = c.get(k);
    c.set(k, cur === undefined ? (sign === 1 ? n : binaryOp(10, 0, n)) : binaryOp(sign === 1 ? 0 : 10, cur, n));
  };
  if (src !== undefined && src !== None) {
    if (src instanceof PyDict) {
      for (const e of src.entries()) add(e.key, e.value);
    } else {
      forEach(src, (k) => {
        const cur = c.get(k);
        c.set(k, cur === undefined ? sign : binaryOp(0, cur, sign));
      });
    }
  }
  if (kwargs !== null) for (const [k, n] of kwargs) add(k, n);
}

/** Counter.most_common order: by count descending, ties in insertion order. */
function mostCommon(c: PyDict): PyTuple[] {
  const items = new PyList([...c.entries()].map((e) => new PyTuple([e.key, e.value])));
  sortList(items, itemGetter1, true);
  return items.items as PyTuple[];
}
const itemGetter1 = new PyBuiltinFunction('<itemgetter(1)>', (args) => (args[0] as PyTuple).items[1]);

function newCounterLike(v: PyObject): PyCounter {
  return finishSubtypeInstance(new PyCounter(), typeOf(v) === counterType ? counterType : counterType);
}

setSlots(counterType, {
  tp_new: (t) => finishSubtypeInstance(new PyCounter(), t),
  tp_init: (self, args, kwargs) => {
    if (args.length > 1) raise('TypeError', `expected at most 1 argument, got ${args.length}`);
    counterUpdate(self as PyDict, args[0], kwargs, 1);
  },
  // Counter.__repr__: the dict of most_common() (insertion order when counts do not sort).
  tp_repr: (v) => {
    const d = v as PyDict;
    const name = typeOf(v).name;
    if (d.size === 0) return `${name}()`;
    return reprEnter(v, '...', () => {
      let items: PyTuple[];
      try {
        items = mostCommon(d);
      } catch (e) {
        if (!(e instanceof PyException) || !isInstance(e, TypeErrorType)) throw e;
        items = [...d.entries()].map((x) => new PyTuple([x.key, x.value]));
      }
      const out = new PyDict();
      for (const t of items) out.set(t.items[0], t.items[1]);
      return `${name}(${repr(out)})`;
    });
  },
  // del c[x] of a missing x does nothing (Counter.__delitem__).
  mp_ass_subscript: (v, key, value) => {
    const d = v as PyDict;
    if (value !== undefined) d.set(key, value);
    else if (d.has(key)) d.delete(key);
  },
  // Rich comparisons as multisets (3.10+): a missing element counts as zero.
  tp_richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyCounter)) return NotImplemented;
    const allPairs = (f: (a: PyObject, b: PyObject) => boolean): boolean => {
      for (const c of [v as PyDict, w]) {
        for (const e of [...c.entries()]) {
          const a = (v as PyDict).get(e.key) ?? 0, b = w.get(e.key) ?? 0;
          if (!f(a, b)) return false;
        }
      }
      return true;
    };
    const eq = (): boolean => allPairs((a, b) => richEq(a, b));
    const le = (): boolean => allPairs((a, b) => richCompareBool(a, b, 1));
    const ge = (): boolean => allPairs((a, b) => richCompareBool(a, b, 5));
    switch (op) {
      case Py_EQ: return eq();
      case Py_NE: return !eq();
      case 1: return le();
      case 0: return le() && !eq();
      case 5: return ge();
      default: return ge() && !eq();
    }
  },
  nb_add: (v, w) => counterBinary(v, w, (a, b) => binaryOp(0, a, b)),
  nb_subtract: (v, w) => counterBinary(v, w, (a, b) => binaryOp(10, a, b)),
  nb_or: (v, w) => counterBinary(v, w, (a, b) => (richCompareBool(a, b, Py_LT_OP) ? b : a)),
  nb_and: (v, w) => counterBinary(v, w, (a, b) => (richCompareBool(a, b, Py_LT_OP) ? a : b), true),
  nb_positive: (v) => counterUnary(v, false),
  nb_negative: (v) => counterUnary(v, true),
});

/** +c / -c: the positive counts of c (or of its negation). */
function counterUnary(v: PyObject, negate: boolean): PyObject {
  const out = newCounterLike(v);
  for (const e of (v as PyDict).entries()) {
    const r = negate ? binaryOp(10, 0, e.value) : e.value;
    if (richCompareBool(0, r, Py_LT_OP)) out.set(e.key, r);
  }
  return out;
}

/** Counter arithmetic: combine, keep only positive counts (as CPython's Counter operators). */
function counterBinary(v: PyObject, w: PyObject, f: (a: PyObject, b: PyObject) => PyObject, both = false): PyObject {
  if (!(v instanceof PyCounter) || !(w instanceof PyCounter)) return NotImplemented;
  const out = newCounterLike(v);
  for (const e of v.entries()) {
    const o = w.get(e.key);
    if (both && o === undefined) continue;
    const r = f(e.value, o === undefined ? 0 : o);
    if (richCompareBool(0, r, Py_LT_OP)) out.set(e.key, r);
  }
  if (!both) {
    for (const e of w.entries()) {
      if (v.has(e.key)) continue;
      const r = f(0, e.value);
      if (richCompareBool(0, r, Py_LT_OP)) out.set(e.key, r);
    }
  }
  return out;
}

addLibMethod(counterType, '__missing__', () => 0, one);
addLibMethod(counterType, 'most_common', (v, args) => {
  const mc = mostCommon(v as PyDict);
  if (args.length === 0 || args[0] === None) return new PyList(mc);
  return new PyList(mc.slice(0, Math.max(0, asIndex(args[0]))));
}, { minArgs: 0, maxArgs: 1 });
addLibMethod(counterType, 'elements', (v) => {
  const out: PyObject[] = [];
  for (const e of (v as PyDict).entries()) {
    const n = typeof e.value === 'number' ? e.value : 0;
    for (let i = 0; i < n; i++) out.push(e.key);
  }
  return getIter(new PyList(out));
}, none0);
addLibMethod(counterType, 'update', (v, args, kwargs) => {
  if (args.length > 1) raise('TypeError', `expected at most 1 argument, got ${args.length}`);
  counterUpdate(v as PyDict, args[0], kwargs, 1);
  return None;
});
addLibMethod(counterType, 'subtract', (v, args, kwargs) => {
  if (args.length > 1) raise('TypeError', `expected at most 1 argument, got ${args.length}`);
  counterUpdate(v as PyDict, args[0], kwargs, -1);
  return None;
});
addLibMethod(counterType, 'total', (v) => {
  let acc: PyObject = 0;
  for (const e of (v as PyDict).entries()) acc = binaryOp(0, acc, e.value);
  return acc;
}, none0);
// Counter.copy(): self.__class__(self), so a subclass's copy is of the subclass.
addLibMethod(counterType, 'copy', (v) => callObject(typeOf(v), [v], null), none0);

// The in-place operators change the counter itself, then drop the counts that are not positive.
function keepPositive(v: PyObject): PyObject {
  const d = v as PyDict;
  for (const e of [...d.entries()]) if (!richCompareBool(e.value, 0, 4)) d.delete(e.key);
  return v;
}
/** Each (elem, count) of src.items(), as CPython's Python loops over other.items(). */
function itemPairs(src: PyObject): PyObject[][] {
  return toArray(callObject(getAttr(src, 'items'), [], null)).map((it) => toArray(it));
}
setSlots(counterType, {
  nb_inplace_add: (v, w) => {
    for (const [elem, count] of itemPairs(w)) setItem(v, elem, binaryOp(0, getItem(v, elem), count));
    return keepPositive(v);
  },
  nb_inplace_subtract: (v, w) => {
    for (const [elem, count] of itemPairs(w)) setItem(v, elem, binaryOp(10, getItem(v, elem), count));
    return keepPositive(v);
  },
  nb_inplace_or: (v, w) => {
    for (const [elem, other] of itemPairs(w)) if (richCompareBool(other, getItem(v, elem), 4)) setItem(v, elem, other);
    return keepPositive(v);
  },
  nb_inplace_and: (v, w) => {
    for (const [elem, count] of itemPairs(v)) {
      const other = getItem(w, elem);
      if (richCompareBool(other, count, 0)) setItem(v, elem, other);
    }
    return keepPositive(v);
  },
});
addClassMethod(counterType, 'fromkeys', () => raise('NotImplementedError', 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'));

// ---- pickling: each type's __reduce__, as CPython's (copy and pickle rebuild from these) ------

/** The instance's state for a reduce value: its __getstate__ (the dict, or None when empty). */
function reduceState(v: PyObject): PyObject {
  return getState(v, false);
}
// deque_reduce: (cls, () or ((), maxlen), state, iter(self)).
addLibMethod(dequeType, '__reduce__', (v) => {
  const q = Q(v);
  const args = q.maxlen === null ? new PyTuple([]) : new PyTuple([new PyTuple([]), q.maxlen]);
  return new PyTuple([typeOf(v), args, reduceState(v), getIter(v)]);
}, none0);
// defdict_reduce: (cls, (default_factory,) or (), None, None, iter(self.items())).
addLibMethod(defaultdictType, '__reduce__', (v) => {
  const factory = (v as PyDefaultDict).factory;
  const items = getIter(callObject(getAttr(v, 'items'), [], null));
  return new PyTuple([typeOf(v), new PyTuple(factory === None ? [] : [factory]), None, None, items]);
}, none0);
// odict_reduce: (cls, (), state, None, iter(self.items())).
addLibMethod(orderedDictType, '__reduce__', (v) => {
  const items = getIter(callObject(getAttr(v, 'items'), [], null));
  return new PyTuple([typeOf(v), new PyTuple([]), reduceState(v), None, items]);
}, none0);
// Counter.__reduce__: (cls, (dict(self),)).
addLibMethod(counterType, '__reduce__', (v) => {
  const d = new PyDict();
  dictMerge(d, v);
  return new PyTuple([typeOf(v), new PyTuple([d])]);
}, none0);

// ---- namedtuple ---

/** The field accessor of namedtuple classes (CPython's _collections._tuplegetter). */
class PyTupleGetter extends PyBase {
  /** __doc__, writable as CPython's (its `doc` member): urllib.parse and dis document fields. */
  doc: PyObject | undefined = undefined;
  constructor(public readonly index: number) {
    super();
  }
}
const tupleGetterType = makeBuiltinType('_tuplegetter', objectType, { module: '_collections' });
setBuiltinType(PyTupleGetter, tupleGetterType);
setSlots(tupleGetterType, {
  tp_descr_get: (d, obj) => {
    if (obj === undefined) return d;
    const items = (obj as PyTuple).items;
    const i = (d as PyTupleGetter).index;
    if (!(obj instanceof PyTuple) || i >= items.length) raise('IndexError', 'tuple index out of range');
    return items[i];
  },
  tp_descr_set: () => raise('AttributeError', "can't set attribute"),
});
addGetSet(tupleGetterType, '__doc__', (d) => (d as PyTupleGetter).doc ?? `Alias for field number ${(d as PyTupleGetter).index}`,
  (d, v) => {
    (d as PyTupleGetter).doc = v ?? None;
  });
// -----------------------------------------------------------------------------------------

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not',
  'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

function namedtuple(args: PyObject[], kwargs: KwArgs): PyObject {
  const [typenameArg, fieldNamesArg, renameArg, defaultsArg, moduleArg] = parseArgs(
    { fname: 'namedtuple', pythonFunction: true, names: ['typename', 'field_names', 'rename', 'defaults', 'module'], required: 2, kwOnlyFrom: 2 }, args, kwargs);
  const typename = typenameArg as string;
  let fields: string[];
  if (typeof fieldNamesArg === 'string') fields = fieldNamesArg.replace(/,/g, ' ').split(/\s+/).filter((s) => s !== '');
  else fields = toArray(fieldNamesArg!).map((x) => x as string);
  const rename = renameArg !== undefined && isTrue(renameArg);
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((f, i) => {
      const bad = !IDENT.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f);
      seen.add(f);
      return bad ? `_${i}` : f;
    });
  }
  for (const name of [typename, ...fields]) {
    if (typeof name !== 'string') raise('TypeError', 'Type names and field names must be strings');
    if (!IDENT.test(name)) raise('ValueError', `Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) raise('ValueError', `Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const seen = new Set<string>();
  for (const f of fields) {
    if (f.startsWith('_') && !rename) raise('ValueError', `Field names cannot start with an underscore: ${repr(f)}`);
    if (seen.has(f)) raise('ValueError', `Encountered duplicate field name: ${repr(f)}`);
    seen.add(f);
  }
  const defaults = defaultsArg === undefined || defaultsArg === None ? [] : toArray(defaultsArg);
  if (defaults.length > fields.length) raise('TypeError', 'Got more default values than field names');
  const nf = fields.length;
  const firstDefault = nf - defaults.length;

  const ns = new PyDict();
  // the module is the caller's (its globals' __name__), as collections.namedtuple's
  // sys._getframe(1): a namedtuple made in module m pickles as m.Name
  let module: PyObject = moduleArg ?? None;
  if (module === None) module = runningModuleName() ?? '__main__';
  ns.setStr('__module__', module);
  ns.setStr('__qualname__', typename);
  // The class docstring: 'Point(x, y)' ('Q(a,)' for one field), as collections.namedtuple's.
  ns.setStr('__doc__', `${typename}(${fields.join(', ')}${fields.length === 1 ? ',' : ''})`);
  ns.setStr('__slots__', new PyTuple([]));
  ns.setStr('_fields', new PyTuple(fields));
  ns.setStr('__match_args__', new PyTuple(fields));
  const fd = new PyDict();
  fields.slice(firstDefault).forEach((f, i) => fd.setStr(f, defaults[i]));
  ns.setStr('_field_defaults', fd);
  // __new__ is a Python function, as collections.namedtuple's: its signature, __defaults__,
  // __doc__ and a function's argument errors ('Point.__new__() missing ...'); compiled in a
  // namespace with no builtins, its only global tuple.__new__.
  const argList = fields.join(', ');
  const newGlobals = new PyDict();
  newGlobals.setStr('_tuple_new', getAttr(tupleType, '__new__'));
  newGlobals.setStr('__builtins__', new PyDict());
  newGlobals.setStr('__name__', `namedtuple_${typename}`);
  const builtins = currentInterp().builtins;
  callObject(builtins.getStr('exec')!, [`def __new__(_cls, ${argList}):\n    return _tuple_new(_cls, (${argList}${nf === 1 ? ',' : ''}))\n`, newGlobals], null);
  const newFn = newGlobals.getStr('__new__')!;
  setAttr(newFn, '__doc__', `Create new instance of ${typename}(${argList})`);
  setAttr(newFn, '__qualname__', `${typename}.__new__`);
  if (defaults.length > 0) setAttr(newFn, '__defaults__', new PyTuple(defaults));
  ns.setStr('__new__', new PyStaticMethod(newFn));
  ns.setStr('__repr__', new PyMethodDescriptor(tupleType, '__repr__', (self) => {
    const items = (self as PyTuple).items;
    return `${typeOf(self).name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(', ')})`;
  }, { minArgs: 0, maxArgs: 0 }));
  // Rebuilt from its fields (copy, pickle: Pt.__new__(Pt, *fields)).
  ns.setStr('__getnewargs__', new PyMethodDescriptor(tupleType, '__getnewargs__', (self) => new PyTuple((self as PyTuple).items.slice()), { minArgs: 0, maxArgs: 0 }));
  ns.setStr('_asdict', new PyMethodDescriptor(tupleType, '_asdict', (self) => {
    const d = new PyDict();
    fields.forEach((f, i) => d.setStr(f, (self as PyTuple).items[i]));
    return d;
  }, { minArgs: 0, maxArgs: 0 }));
  ns.setStr('_replace', new PyMethodDescriptor(tupleType, '_replace', (self, a, kw) => {
    if (a.length > 0) raise('TypeError', `${typename}._replace() takes 1 positional argument but ${a.length + 1} were given`);
    const items = (self as PyTuple).items.slice();
    if (kw !== null) {
      const bad: string[] = [];
      for (const [k, v] of kw) {
        const i = fields.indexOf(k);
        if (i < 0) bad.push(k);
        else items[i] = v;
      }
      if (bad.length > 0) raise('ValueError', `Got unexpected field names: ${repr(new PyList(bad))}`);
    }
    return finishSubtypeInstance(new PyTuple(items), typeOf(self));
  }, {}));
  ns.setStr('_make', new PyClassMethodDescriptor(tupleType, '_make', (cls, a) => {
    const items = toArray(a[0]);
    if (items.length !== nf) raise('TypeError', `Expected ${nf} arguments, got ${items.length}`);
    return finishSubtypeInstance(new PyTuple(items), cls as PyType);
  }));
  ns.setStr('__getnewargs__', new PyMethodDescriptor(tupleType, '__getnewargs__', (self) => new PyTuple((self as PyTuple).items.slice()), { minArgs: 0, maxArgs: 0 }));
  fields.forEach((f, i) => ns.setStr(f, new PyTupleGetter(i)));
  const cls = makeClass(typeType, typename, [tupleType], ns, null);
  cls.instancesHaveDict = false;
  return cls;
}

defineModule('collections', (m) => {
  m.set('deque', dequeType);
  m.set('defaultdict', defaultdictType);
  m.set('OrderedDict', orderedDictType);
  m.set('Counter', counterType);
  m.fn('namedtuple', namedtuple);
  // _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each
  // element (what Counter.update calls in CPython's collections; test_collections imports it).
  m.fn('_count_elements', (args) => {
    if (args.length !== 2) raise('TypeError', `_count_elements expected 2 arguments, got ${args.length}`);
    const [mapping, iterable] = args;
    const it = getIter(iterable);
    const get = getAttr(mapping, 'get');
    forEach(it, (elem) => {
      setItem(mapping, elem, binaryOp(0, callObject(get, [elem, 0], null), 1));
    });
    return None;
  });
  // PEP 562: ChainMap is Python source (chainmap_source.ts), compiled on first use.
  lazyAttributes(m, new Map([['ChainMap', '_collections_chainmap'], ['UserDict', '_collections_user'],
    ['UserList', '_collections_user'], ['UserString', '_collections_user']]));
  // CPython's __all__ (`from collections import *` takes the lazily loaded names too)
  m.set('__all__', new PyList(['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple']));
});

void isInstance;
void getItem;

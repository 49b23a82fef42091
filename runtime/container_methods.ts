// The named methods of list, tuple, dict, set and frozenset (Objects/listobject.c,
// tupleobject.c, dictobject.c, setobject.c), with CPython 3.11's messages. The data
// structures and their protocol slots (len, [], in, iteration, ==, repr, operators) are the
// core's (runtime/containers.ts); this file adds what Python code calls by name.

import { PyObject, PyTuple, PyFrozenSet, None } from './object';
import { PyType, KwArgs } from './type';
import { listType, tupleType, dictType, setType, frozensetType, typeOf } from './types';
import { addMethod, addClassMethod, addGetSet, setFixedArity } from './function';
import { PyList, PySet, PyListRevIter, PyDictRevIter, dictView, dictMerge, makeFrozenSet, setTableOf, setOrder, frozenTable, PyDictView, dictKeysType, dictValuesType, dictItemsType, knownKeys, intersectTable, setLikeOwning, isSubsetTable, tableMembers, setOfKnown } from './containers';
import { pastSsizeT } from './int_ops';
import { PyDict, HashTable, DictEntry } from './dict';
import { richEq, repr, forEach, toArray, isTrue, getIter, iterNext, contains, len as opLen, index as opIndex } from './ops';
import { callObject } from './call';
import { getAttr } from './attr';
import { PyException, KeyError } from './exceptions';
import { raise } from './lib_errors';
import { parseArgs, asIndex, addLibMethod } from './lib_args';
import { sortList } from './builtins_core';
import { lazyModule } from './lazy_module';

// copyreg (Python source, modules/copyreg_source.ts): the containers' and instances' reduce
// values (object.__reduce_ex__, runtime/object_reduce.ts) name its helpers, and copy and pickle
// consult its dispatch table. Registered here, with the containers' methods, compiled on first
// import.
lazyModule(['copyreg'], () => {
  const { definePythonModule } = require('./modules/python_source') as typeof import('./modules/python_source');
  const { COPYREG_SOURCE } = require('./modules/copyreg_source') as typeof import('./modules/copyreg_source');
  definePythonModule('copyreg', COPYREG_SOURCE);
});

// ---- list ------------------------------------------------------------------------------------

function L(v: PyObject): PyList {
  return v as PyList;
}

/** Resolves optional start/stop (slice semantics) for index(). */
function range3(args: PyObject[], from: number, len: number): [number, number] {
  let start = args.length > from && args[from] !== None ? asIndex(args[from]) : 0;
  let stop = args.length > from + 1 && args[from + 1] !== None ? asIndex(args[from + 1]) : len;
  if (start < 0) { start += len; if (start < 0) start = 0; }
  if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
  return [start, Math.min(stop, len)];
}

addLibMethod(listType, 'append', (v, args) => {
  L(v).items.push(args[0]);
  return None;
}, { minArgs: 1, maxArgs: 1 });
// The loops' CALL of `l.append(x)` (json_codec, wordcount, generators) calls this directly.
setFixedArity(listType, 'append', {
  f1: (v, x) => {
    L(v).items.push(x);
    return None;
  },
});
addLibMethod(listType, 'extend', (v, args) => listExtend(v, args[0]), { minArgs: 1, maxArgs: 1 });
// sorting's `out.extend(left[i:])`.
setFixedArity(listType, 'extend', { f1: listExtend });
function listExtend(v: PyObject, src: PyObject): PyObject {
  const l = L(v);
  if (src instanceof PyList || src instanceof PyTuple) {
    // A copy only for l.extend(l) (the loop below would see its own pushes).
    const items = src === l ? src.items.slice() : src.items;
    for (let i = 0; i < items.length; i++) l.items.push(items[i]);
  } else {
    const items = toArray(src);
    for (let i = 0; i < items.length; i++) l.items.push(items[i]);
  }
  return None;
}
function listInsert(v: PyObject, at: PyObject, x: PyObject): PyObject {
  // The index first: its __index__ may change the list.
  let i = ssizeArg(at);
  const items = L(v).items;
  const n = items.length;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i >= n) items.push(x);
  else if (n - i <= SHORT_MOVE) {
    // A few items moved up one by one: splice's generic set-up (and its result array) cost
    // more (plain JS, 3 items: insert(0)+pop(0) 38 ns vs splice's 134).
    items.push(x);
    for (let k = n; k > i; k--) items[k] = items[k - 1];
    items[i] = x;
  } else if (i === 0) items.unshift(x); // a memmove, not an element loop
  else items.splice(i, 0, x);
  return None;
}
addLibMethod(listType, 'insert', (v, args) => listInsert(v, args[0], args[1]), { minArgs: 2, maxArgs: 2 });
setFixedArity(listType, 'insert', { f2: listInsert });
addLibMethod(listType, 'pop', (v, args) => {
  if (args.length === 0) {
    const items = L(v).items;
    if (items.length === 0) raise('IndexError', 'pop from empty list');
    return items.pop()!;
  }
  // The index is converted first, as Argument Clinic does (`[].pop('a')` is a TypeError; its
  // __index__ may change the list).
  let i = ssizeArg(args[0]);
  const items = L(v).items;
  const n = items.length;
  if (n === 0) raise('IndexError', 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
  const x = items[i];
  removeAt(items, i);
  return x;
}, { minArgs: 0, maxArgs: 1 });
setFixedArity(listType, 'pop', {
  f0: (v) => {
    const items = L(v).items;
    if (items.length === 0) raise('IndexError', 'pop from empty list');
    return items.pop()!;
  },
});

/**
 * Removes items[i] (list.pop(i), list.remove): deltablue's todo.pop(0) on short lists moves the
 * items after i down one by one instead of paying splice's result array and set-up.
 */
function removeAt(items: PyObject[], i: number): void {
  const n = items.length;
  // Past the end when list.remove's __eq__ shortened the list: nothing to remove (as
  // CPython's list_ass_slice, which clamps).
  if (i >= n) return;
  if (i === n - 1) items.pop();
  else if (n - i <= SHORT_MOVE) {
    for (let k = i + 1; k < n; k++) items[k - 1] = items[k];
    items.pop();
  } else if (i === 0) items.shift(); // V8 moves the array's start (no element loop)
  else items.splice(i, 1);
}

/**
 * Up to this many items moved, list.insert and list.pop move them in a loop; beyond it shift/
 * unshift (index 0) or splice, whose cost does not grow per item the same way (plain JS, a
 * 100-item list: insert(0)+pop(0) 167 ns with unshift/shift, 503 with the loop).
 */
const SHORT_MOVE = 16;

/**
 * A Py_ssize_t argument (Argument Clinic's conversion for list.insert's and list.pop's index):
 * an int or __index__, OverflowError past 64 bits; a huge but valid index is clamped to
 * +-MAX_SAFE_INTEGER, which every caller treats as out of range.
 */
function ssizeArg(v: PyObject): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const i = opIndex(v);
  if (typeof i === 'number') return i;
  if (pastSsizeT(i)) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}
addLibMethod(listType, 'remove', (v, args) => listRemove(v, args[0]), { minArgs: 1, maxArgs: 1 });
setFixedArity(listType, 'remove', { f1: listRemove });
// list.remove, index and count read the list's items again after each == (as CPython's
// list_remove, list_index_impl and list_count read its size and item at each step): an
// `__eq__` may clear the list (a new item array) or append to it.
function listRemove(v: PyObject, x: PyObject): PyObject {
  const l = L(v);
  for (let i = 0; i < l.items.length; i++) {
    if (richEq(l.items[i], x)) {
      removeAt(l.items, i);
      return None;
    }
  }
  return raise('ValueError', 'list.remove(x): x not in list');
}
addLibMethod(listType, 'index', (v, args) => {
  const l = L(v);
  const [start, stop] = range3(args, 1, l.items.length);
  for (let i = start; i < stop && i < l.items.length; i++) if (richEq(l.items[i], args[0])) return i;
  return raise('ValueError', `${repr(args[0])} is not in list`);
}, { minArgs: 1, maxArgs: 3 });
// l.index(x): the whole list, without range3's bounds (the length is re-read: __eq__ may shrink it).
setFixedArity(listType, 'index', {
  f1: (v, x) => {
    const l = L(v);
    for (let i = 0; i < l.items.length; i++) if (richEq(l.items[i], x)) return i;
    return raise('ValueError', `${repr(x)} is not in list`);
  },
});
addLibMethod(listType, 'count', (v, args) => {
  const l = L(v);
  let n = 0;
  for (let i = 0; i < l.items.length; i++) if (richEq(l.items[i], args[0])) n++;
  return n;
}, { minArgs: 1, maxArgs: 1 });
addLibMethod(listType, 'reverse', (v) => {
  L(v).items.reverse();
  return None;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(listType, 'copy', (v) => new PyList(L(v).items.slice()), { minArgs: 0, maxArgs: 0 });
addLibMethod(listType, 'clear', (v) => {
  L(v).items = [];
  return None;
}, { minArgs: 0, maxArgs: 0 });
/** sort()'s keyword-only arguments, with its messages (list.sort and sorted share them). */
function checkSortKeywords(kwargs: KwArgs): void {
  if (kwargs === null) return;
  if (kwargs.size > 2) raise('TypeError', `sort() takes at most 2 keyword arguments (${kwargs.size} given)`);
  for (const k of kwargs.keys()) if (k !== 'key' && k !== 'reverse') raise('TypeError', `'${k}' is an invalid keyword argument for sort()`);
}
addLibMethod(listType, 'sort', (v, args, kwargs) => {
  if (args.length > 0) raise('TypeError', 'sort() takes no positional arguments');
  checkSortKeywords(kwargs);
  const [key, reverse] = parseArgs({ fname: 'sort', names: ['key', 'reverse'], required: 0 }, args, kwargs);
  sortList(L(v), key === undefined ? None : key, reverse !== undefined && isTrue(reverse));
  return None;
});
addLibMethod(listType, '__reversed__', (v) => {
  const it = new PyListRevIter(L(v), L(v).items.length - 1);
  return it;
}, { minArgs: 0, maxArgs: 0 });

// ---- tuple -----------------------------------------------------------------------------------

addLibMethod(tupleType, 'index', (v, args) => {
  const items = (v as PyTuple).items;
  const [start, stop] = range3(args, 1, items.length);
  for (let i = start; i < stop; i++) if (richEq(items[i], args[0])) return i;
  return raise('ValueError', 'tuple.index(x): x not in tuple');
}, { minArgs: 1, maxArgs: 3 });
addLibMethod(tupleType, 'count', (v, args) => {
  let n = 0;
  for (const x of (v as PyTuple).items) if (richEq(x, args[0])) n++;
  return n;
}, { minArgs: 1, maxArgs: 1 });
// tuple.__getnewargs__: (tuple(self),), the argument a tuple subclass is rebuilt from (copy, pickle).
addLibMethod(tupleType, '__getnewargs__', (v) => new PyTuple([new PyTuple((v as PyTuple).items.slice())]), { minArgs: 0, maxArgs: 0 });

// ---- dict ------------------------------------------------------------------------------------

function D(v: PyObject): PyDict {
  return v as PyDict;
}

addLibMethod(dictType, 'get', (v, args) => {
  const r = D(v).get(args[0]);
  return r === undefined ? (args.length > 1 ? args[1] : None) : r;
}, { minArgs: 1, maxArgs: 2 });
setFixedArity(dictType, 'get', {
  f1: (v, k) => {
    const r = D(v).get(k);
    return r === undefined ? None : r;
  },
  f2: (v, k, dflt) => {
    const r = D(v).get(k);
    return r === undefined ? dflt : r;
  },
});
function dictSetdefault(v: PyObject, k: PyObject, dflt: PyObject): PyObject {
  return D(v).setDefault(k, dflt);
}
addLibMethod(dictType, 'setdefault', (v, args) => dictSetdefault(v, args[0], args.length > 1 ? args[1] : None), { minArgs: 1, maxArgs: 2 });
setFixedArity(dictType, 'setdefault', { f1: (v, k) => dictSetdefault(v, k, None), f2: dictSetdefault });
addLibMethod(dictType, 'pop', (v, args) => {
  const e = D(v).delete(args[0]);
  if (e !== undefined) return e.value;
  if (args.length > 1) return args[1];
  throw new PyException(KeyError, [args[0]]);
}, { minArgs: 1, maxArgs: 2 });
setFixedArity(dictType, 'pop', {
  f1: (v, k) => {
    const e = D(v).delete(k);
    if (e !== undefined) return e.value;
    throw new PyException(KeyError, [k]);
  },
  f2: (v, k, dflt) => {
    const e = D(v).delete(k);
    return e !== undefined ? e.value : dflt;
  },
});
addLibMethod(dictType, 'popitem', (v) => {
  const d = D(v);
  if (d.size === 0) throw new PyException(KeyError, ['popitem(): dictionary is empty']);
  let last: { key: PyObject; value: PyObject } | undefined;
  for (const e of d.entries()) last = e;
  d.delete(last!.key);
  return new PyTuple([last!.key, last!.value]);
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(dictType, 'keys', (v) => dictView(D(v), 'keys'), { minArgs: 0, maxArgs: 0 });
addLibMethod(dictType, 'values', (v) => dictView(D(v), 'values'), { minArgs: 0, maxArgs: 0 });
addLibMethod(dictType, 'items', (v) => dictView(D(v), 'items'), { minArgs: 0, maxArgs: 0 });
setFixedArity(dictType, 'keys', { f0: (v) => dictView(D(v), 'keys') });
setFixedArity(dictType, 'values', { f0: (v) => dictView(D(v), 'values') });
setFixedArity(dictType, 'items', { f0: (v) => dictView(D(v), 'items') });
addLibMethod(dictType, 'update', (v, args, kwargs) => {
  if (args.length > 1) raise('TypeError', `update expected at most 1 argument, got ${args.length}`);
  const d = D(v);
  if (args.length === 1) dictMerge(d, args[0]);
  if (kwargs !== null) for (const [k, x] of kwargs) d.setStr(k, x);
  return None;
});
addLibMethod(dictType, 'copy', (v) => {
  const d = new PyDict();
  const src = D(v);
  // The stored hashes of hashed-path keys are reused and no __eq__ is asked, as CPython's
  // dict.copy (a clone of the table) does.
  const hashes = src.storedHashes();
  for (const e of src.entries()) d.setCopied(e, hashes, true);
  return d;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(dictType, 'clear', (v) => {
  D(v).table.clear();
  return None;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(dictType, '__reversed__', (v) => new PyDictRevIter(D(v), 'keys'), { minArgs: 0, maxArgs: 0 });
addClassMethod(dictType, 'fromkeys', (cls, args) => {
  if (args.length < 1) raise('TypeError', 'fromkeys expected at least 1 argument, got 0');
  if (args.length > 2) raise('TypeError', `fromkeys expected at most 2 arguments, got ${args.length}`);
  const value = args.length > 1 ? args[1] : None;
  const d = callObject(cls, [], null);
  if (d instanceof PyDict && typeOf(d) === dictType) {
    // An exact set, frozenset or dict: its keys with their stored hashes (CPython's
    // dict_fromkeys reads them from the table: PyDict_CheckExact, PyAnySet_CheckExact).
    const it = args[0];
    const k = typeOf(it) === setType || typeOf(it) === frozensetType || typeOf(it) === dictType ? knownKeys(it) : null;
    if (k !== null) {
      const fresh = d.size === 0;
      const hs = k.hashes;
      for (const x of k.keys) {
        const h = hs !== null ? hs.get(x) : undefined;
        if (h !== undefined) d.setHashed(x, value, h, fresh);
        else d.set(x, value);
      }
      return d;
    }
    forEach(args[0], (k) => { d.set(k, value); });
    return d;
  }
  forEach(args[0], (k) => { callObject(typeOf(d).lookup('__setitem__') ?? None, [d, k, value], null); });
  return d;
});

// ---- set and frozenset ----------------------------------------------------------------------------

function tableOf(v: PyObject): HashTable {
  return setTableOf(v)!;
}

/**
 * Any iterable as a hash table: sets and frozensets directly, an exact dict's keys with their
 * stored hashes, any other iterable's items hashed once.
 */
function otherTable(w: PyObject): HashTable {
  const t = setTableOf(w);
  if (t !== null) return t;
  const h = new HashTable();
  const k = knownKeys(w);
  if (k !== null) for (const x of k.keys) h.setKnown(x, None, k.hashes, true);
  else forEach(w, (x) => { h.set(x, None); });
  return h;
}

// set_reduce: (type(self), (list(self),), self.__getstate__()): a subclass instance's __dict__
// and slots come back through the state (they could not be pickled before).
for (const t of [setType, frozensetType]) {
  addLibMethod(t, '__reduce__', (v) => new PyTuple([typeOf(v), new PyTuple([new PyList(toArray(v))]), callObject(getAttr(v, '__getstate__'), [], null)]), { minArgs: 0, maxArgs: 0 });
}

function keysOf(t: HashTable): PyObject[] {
  return tableMembers(t);
}

function sameKind(v: PyObject, items: PyObject[], hashes: Map<PyObject, number> | null = null, fresh = false): PyObject {
  if (v instanceof PyFrozenSet) return makeFrozenSet(items, frozensetType, hashes, fresh);
  return setOfKnown(items, hashes, fresh);
}

/** A copy of a set's table, with the members' stored hashes (set_copy: no __hash__ or __eq__ called). */
function copyTable(t: HashTable): HashTable {
  return new HashTable().assignFrom(t);
}

/**
 * Adds w's members to table r (set_update_internal: a set's or exact dict's with their stored
 * hashes). `ordered`: a set's members in its iteration order (set.update), else in insertion
 * order (union).
 */
function mergeInto(r: HashTable, w: PyObject, ordered: boolean): void {
  const t = setTableOf(w);
  if (t !== null) {
    // A set or frozenset is merged as CPython's set_merge walks its table: no "changed size"
    // error if a member's __eq__ mutates it, and nothing more once it is cleared.
    const hs = t.keyHashes();
    for (const x of ordered ? setOrder(t) : keysOf(t)) {
      if (t.size === 0) break;
      r.setKnown(x, None, hs, false);
    }
    return;
  }
  const k = knownKeys(w);
  if (k !== null) for (const x of k.keys) r.setKnown(x, None, k.hashes, false);
  else forEach(w, (x) => { r.set(x, None); });
}

function union(v: PyObject, others: PyObject[]): PyObject {
  const r = copyTable(tableOf(v));
  for (const o of others) mergeInto(r, o, false);
  return setLikeOwning(v, r);
}
function intersection(v: PyObject, others: PyObject[]): PyObject {
  // set_intersection_multi: each other in turn with the result so far.
  let r = tableOf(v);
  if (others.length === 0) r = copyTable(r);
  for (const o of others) r = intersectTable(r, o);
  return setLikeOwning(v, r);
}
function difference(v: PyObject, others: PyObject[]): PyObject {
  const a = tableOf(v);
  const ha = a.keyHashes();
  let cur = keysOf(a);
  for (const o of others) {
    const t = otherTable(o);
    cur = cur.filter((x) => !t.hasKnown(x, ha));
  }
  return sameKind(v, cur, ha, true);
}
function symmetricDifference(v: PyObject, other: PyObject): PyObject {
  const a = tableOf(v), b = otherTable(other);
  const ha = a.keyHashes(), hb = b.keyHashes();
  const out = keysOf(a).filter((x) => !b.hasKnown(x, ha));
  for (const x of keysOf(b)) if (!a.hasKnown(x, hb)) out.push(x);
  return sameKind(v, out, ha === null ? hb : hb === null ? ha : new Map([...hb, ...ha]), true);
}
const isSubset = isSubsetTable;

for (const t of [setType, frozensetType]) {
  addLibMethod(t, 'union', (v, args) => union(v, args));
  addLibMethod(t, 'intersection', (v, args) => intersection(v, args));
  addLibMethod(t, 'difference', (v, args) => difference(v, args));
  addLibMethod(t, 'symmetric_difference', (v, args) => symmetricDifference(v, args[0]), { minArgs: 1, maxArgs: 1 });
  addLibMethod(t, 'issubset', (v, args) => isSubset(tableOf(v), otherTable(args[0])), { minArgs: 1, maxArgs: 1 });
  addLibMethod(t, 'issuperset', (v, args) => isSubset(otherTable(args[0]), tableOf(v)), { minArgs: 1, maxArgs: 1 });
  addLibMethod(t, 'isdisjoint', (v, args) => {
    const a = tableOf(v), b = otherTable(args[0]);
    const ha = a.keyHashes();
    for (const e of a.map.values()) if (b.hasKnown(e.key, ha)) return false;
    return true;
  }, { minArgs: 1, maxArgs: 1 });
  addLibMethod(t, 'copy', (v) => (v instanceof PyFrozenSet && typeOf(v) === frozensetType ? v : setLikeOwning(v, copyTable(tableOf(v)))), { minArgs: 0, maxArgs: 0 });
}

function S(v: PyObject): PySet {
  return v as PySet;
}
/** s's members replaced by table r's, with their stored hashes. */
function replaceContents(s: PySet, r: HashTable): void {
  s.table.clear();
  s.table.assignFrom(r);
}

addLibMethod(setType, 'add', (v, args) => {
  S(v).add(args[0]);
  return None;
}, { minArgs: 1, maxArgs: 1 });
// nqueens' `cols.add(col)`.
setFixedArity(setType, 'add', {
  f1: (v, x) => {
    S(v).add(x);
    return None;
  },
});
addLibMethod(setType, 'discard', (v, args) => setDiscard(v, args[0]), { minArgs: 1, maxArgs: 1 });
addLibMethod(setType, 'remove', (v, args) => setRemove(v, args[0]), { minArgs: 1, maxArgs: 1 });
// nqueens' `cols.remove(col)`.
setFixedArity(setType, 'discard', { f1: setDiscard });
setFixedArity(setType, 'remove', { f1: setRemove });
function setDiscard(v: PyObject, x: PyObject): PyObject {
  setDelete(S(v), x);
  return None;
}
function setRemove(v: PyObject, x: PyObject): PyObject {
  if (setDelete(S(v), x) === undefined) throw new PyException(KeyError, [x]);
  return None;
}
/**
 * Deletes x from s: an unhashable set x is looked up as the frozenset of its items
 * (`s.remove({1})`, as CPython's set_discard_key and `in` (containers.ts sq_contains) do).
 */
function setDelete(s: PySet, x: PyObject): DictEntry | undefined {
  const t = s.table;
  if (!(x instanceof PySet)) return t.delete(x);
  try {
    return t.delete(x);
  } catch (e) {
    if (e instanceof PyException) return t.delete(makeFrozenSet(x.keys()));
    throw e;
  }
}
addLibMethod(setType, 'pop', (v) => {
  const t = S(v).table;
  if (t.size === 0) throw new PyException(KeyError, ['pop from an empty set']);
  const first = t.firstEntry()!;
  t.delete(first.key, false);
  return first.key;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(setType, 'clear', (v) => {
  S(v).table.clear();
  return None;
}, { minArgs: 0, maxArgs: 0 });
addLibMethod(setType, 'update', (v, args) => {
  for (const o of args) mergeInto(S(v).table, o, true);
  return None;
});
addLibMethod(setType, 'intersection_update', (v, args) => {
  replaceContents(S(v), tableOf(intersection(v, args)));
  return None;
});
addLibMethod(setType, 'difference_update', (v, args) => {
  replaceContents(S(v), tableOf(difference(v, args)));
  return None;
});
addLibMethod(setType, 'symmetric_difference_update', (v, args) => {
  replaceContents(S(v), tableOf(symmetricDifference(v, args[0])));
  return None;
}, { minArgs: 1, maxArgs: 1 });

void frozenTable;

// ---- dict views ------------------------------------------------------------------------------------

for (const [vt, kind] of [[dictKeysType, 'keys'], [dictValuesType, 'values'], [dictItemsType, 'items']] as const) {
  addLibMethod(vt, '__reversed__', (v) => new PyDictRevIter((v as PyDictView).dict, kind), { minArgs: 0, maxArgs: 0 });
  addGetSet(vt, 'mapping', (v) => (v as PyDictView).dict);
}
// keys().isdisjoint(other) and items().isdisjoint(other) (dictviews_isdisjoint): no member of
// `other` is in the view. A set or another view that is larger is the one asked instead, the
// view's own members iterated; any other iterable is iterated, each item tested with `in`.
for (const vt of [dictKeysType, dictItemsType]) {
  addLibMethod(vt, 'isdisjoint', (v, args) => {
    const other = args[0];
    if (other === v) return opLen(v) === 0;
    let probe: PyObject = v;
    let walk: PyObject = other;
    if ((other instanceof PySet || other instanceof PyFrozenSet || (other instanceof PyDictView && other.kind !== 'values')) && opLen(other) > opLen(v)) {
      probe = other;
      walk = v;
    }
    const it = getIter(walk);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (contains(probe, x)) return false;
    return true;
  }, { minArgs: 1, maxArgs: 1 });
}

// The functools module: reduce, partial, wraps/update_wrapper, lru_cache/cache (with
// cache_info and cache_clear), cmp_to_key and total_ordering, as CPython 3.11 behaves.

import { PyObject, PyTuple, None, PyBase, NotImplemented } from '../object';
import { PyType, KwArgs, Py_LT, Py_LE, Py_GT, Py_GE, Py_EQ } from '../type';
import { makeBuiltinType, objectType, setSlots, typeOf, dictType } from '../types';
import { addGetSet, addMethod, PyBuiltinFunction, PyMethod, PyMethodDescriptor, makeBuiltinFunction, PyFunction, addressOf } from '../function';
import { PyDict } from '../dict';
import { PyList } from '../containers';
import { hashNotImplemented } from '../exceptions';
import { getIter, isTrue, repr, reprEnter, richCompareBool, hashOf, toArray } from '../ops';
import { getAttrOpt, setAttr, getAttr } from '../attr';
import { callObject } from '../call';
import { finishSubtypeInstance } from '../class';
import { raise } from '../lib_errors';
import { parseArgs } from '../lib_args';
import { defineModule, lazyAttributes } from './module_util';
import { makeClass } from '../class';

// ---- partial -----------------------------------------------------------------------------------

class PyPartial extends PyBase {
  declare __dict__: PyDict | undefined;
  constructor(public func: PyObject, public args: PyObject[], public kw: Map<string, PyObject>) {
    super();
  }
}
const partialType = makeBuiltinType('partial', objectType, { module: 'functools', baseType: true });
(PyPartial.prototype as PyBase).ob_type = partialType;
setSlots(partialType, {
  tp_new: (t, args, kwargs) => {
    if (args.length < 1) raise('TypeError', 'type \'partial\' takes at least one argument');
    let func = args[0];
    let pargs = args.slice(1);
    const kw = new Map<string, PyObject>();
    // A plain partial without instance attributes is flattened (CPython's partial_new).
    if (func instanceof PyPartial && typeOf(func) === partialType && (func.__dict__ === undefined || func.__dict__.size === 0)) {
      pargs = func.args.concat(pargs);
      for (const [k, v] of func.kw) kw.set(k, v);
      func = func.func;
    }
    if (typeOf(func).slots.tp_call === undefined && !(func instanceof PyBuiltinFunction) && !(func instanceof PyType)) {
      raise('TypeError', 'the first argument must be callable');
    }
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    // partial objects take attributes (CPython's partial has a __dict__).
    const made = new PyPartial(func, pargs, kw);
    made.__dict__ = new PyDict();
    return finishSubtypeInstance(made, t);
  },
  tp_call: (self, args, kwargs) => {
    const p = self as PyPartial;
    let kw: KwArgs = null;
    if (p.kw.size > 0 || (kwargs !== null && kwargs.size > 0)) {
      kw = new Map(p.kw);
      if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    }
    return callObject(p.func, p.args.concat(args), kw);
  },
  // Py_ReprEnter's guard, as partial_repr: a partial met again inside its own repr is '...'.
  tp_repr: (self) => reprEnter(self, '...', () => {
    const p = self as PyPartial;
    const parts = [repr(p.func), ...p.args.map(repr), ...[...p.kw].map(([k, v]) => `${k}=${repr(v)}`)];
    const name = typeOf(self) === partialType ? 'functools.partial' : typeOf(self).name;
    return `${name}(${parts.join(', ')})`;
  }),
  tp_descr_get: undefined,
});
// partial's instances have a dict (CPython's partial_getsetlist lists '__dict__'): a subclass adds none.
addGetSet(partialType, '__dict__', (v) => ((v as PyPartial).__dict__ ??= new PyDict()), (v, d) => {
  if (d === undefined) raise('TypeError', 'cannot delete __dict__');
  if (!(d instanceof PyDict)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(d).tpName}'`);
  (v as PyPartial).__dict__ = d;
});
addGetSet(partialType, 'func', (v) => (v as PyPartial).func);
addGetSet(partialType, 'args', (v) => new PyTuple((v as PyPartial).args));
addGetSet(partialType, 'keywords', (v) => {
  const d = new PyDict();
  for (const [k, x] of (v as PyPartial).kw) d.setStr(k, x);
  return d;
});

// Pickling and copying (CPython's partial_reduce / partial_setstate):
// (type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None)).
addMethod(partialType, '__reduce__', (v) => {
  const p = v as PyPartial;
  const kw = new PyDict();
  for (const [k, x] of p.kw) kw.setStr(k, x);
  const dict = p.__dict__ !== undefined && p.__dict__.size > 0 ? p.__dict__ : None;
  return new PyTuple([typeOf(v), new PyTuple([p.func]), new PyTuple([p.func, new PyTuple(p.args.slice()), kw, dict])]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(partialType, '__setstate__', (v, args) => {
  const p = v as PyPartial;
  const state = args[0];
  if (!(state instanceof PyTuple) || state.items.length !== 4) raise('TypeError', 'invalid partial state');
  const items = (state as PyTuple).items;
  const [func, fargs, kw, dict] = items;
  if (typeOf(func).slots.tp_call === undefined || !(fargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
    raise('TypeError', 'invalid partial state');
  }
  const newKw = new Map<string, PyObject>();
  if (kw instanceof PyDict) {
    for (const e of kw.entries()) {
      if (typeof e.key !== 'string') raise('TypeError', 'keywords must be strings');
      newKw.set(e.key, e.value);
    }
  }
  p.func = func;
  p.args = (fargs as PyTuple).items.slice();
  p.kw = newKw;
  p.__dict__ = dict instanceof PyDict ? dict : undefined;
  return None;
}, { minArgs: 1, maxArgs: 1 });

// ---- lru_cache -------------------------------------------------------------------------------------

class PyLruWrapper extends PyBase {
  declare __dict__: PyDict | undefined;
  cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(public readonly func: PyObject, public readonly maxsize: number | null, public readonly typed: boolean) {
    super();
    this.__dict__ = new PyDict();
  }
}
const lruType = makeBuiltinType('_lru_cache_wrapper', objectType, { module: 'functools' });
(PyLruWrapper.prototype as PyBase).ob_type = lruType;
const KWMARK = new PyTuple([]);

function lruKey(args: PyObject[], kwargs: KwArgs, typed: boolean): PyObject {
  if ((kwargs === null || kwargs.size === 0) && !typed && args.length === 1) {
    const a = args[0];
    if (typeof a === 'number' || typeof a === 'string') return a;
  }
  const parts: PyObject[] = args.slice();
  if (kwargs !== null && kwargs.size > 0) {
    parts.push(KWMARK);
    for (const [k, v] of kwargs) parts.push(k, v);
  }
  if (typed) for (const a of args) parts.push(typeOf(a));
  return new PyTuple(parts);
}

setSlots(lruType, {
  tp_call: (self, args, kwargs) => {
    const w = self as PyLruWrapper;
    if (w.maxsize === 0) {
      w.misses++;
      return callObject(w.func, args, kwargs);
    }
    const key = lruKey(args, kwargs, w.typed);
    hashOf(key); // unhashable arguments raise TypeError here, as in CPython
    const hit = w.cache.get(key);
    if (hit !== undefined) {
      w.hits++;
      if (w.maxsize !== null) {
        // move to most-recently-used position
        w.cache.delete(key);
        w.cache.set(key, hit);
      }
      return hit;
    }
    w.misses++;
    const r = callObject(w.func, args, kwargs);
    if (w.cache.get(key) === undefined) {
      w.cache.set(key, r);
      if (w.maxsize !== null && w.cache.size > w.maxsize) {
        const oldest = w.cache.entries().next().value!;
        w.cache.delete(oldest.key);
      }
    }
    return r;
  },
  tp_descr_get: (self, obj) => (obj === undefined ? self : new PyMethod(self, obj)),
  tp_getattro: (v, name) => {
    const w = v as PyLruWrapper;
    const own = w.__dict__!.getStr(name);
    if (own !== undefined) return own;
    const t = typeOf(v).lookup(name);
    if (t !== undefined) {
      const g = typeof t === 'object' ? t.ob_type.slots.tp_descr_get : undefined;
      return g === undefined ? t : g(t, v, typeOf(v));
    }
    return undefined;
  },
  tp_setattro: (v, name, value) => {
    const d = (v as PyLruWrapper).__dict__!;
    if (value === undefined) d.delete(name);
    else d.setStr(name, value);
  },
  tp_repr: (v) => `<functools._lru_cache_wrapper object at ${addressOf(v)}>`,
});

let cacheInfoType: PyType | null = null;
addMethod(lruType, 'cache_info', (v) => {
  const w = v as PyLruWrapper;
  // functools._CacheInfo (functools_extra_source.ts), the one type of every cache_info()
  if (cacheInfoType === null) {
    const { currentInterp } = require('../interp') as typeof import('../interp');
    const { importAbsolute } = require('../vmhelpers') as typeof import('../vmhelpers');
    cacheInfoType = getAttr(importAbsolute(currentInterp(), '_functools_extra'), '_CacheInfo') as PyType;
  }
  return callObject(cacheInfoType, [w.hits, w.misses, w.maxsize === null ? None : w.maxsize, w.cache.size], null);
}, { minArgs: 0, maxArgs: 0 });
// A wrapper pickles by reference (its __qualname__ in its module) and copies as itself, as
// CPython's lru_cache_wrapper.
addMethod(lruType, '__reduce__', (v) => getAttr(v, '__qualname__'), { minArgs: 0, maxArgs: 0 });
addMethod(lruType, '__copy__', (v) => v, { minArgs: 0, maxArgs: 0 });
addMethod(lruType, '__deepcopy__', (v) => v, { minArgs: 1, maxArgs: 1 });
addMethod(lruType, 'cache_clear', (v) => {
  const w = v as PyLruWrapper;
  w.cache = new PyDict();
  w.hits = 0;
  w.misses = 0;
  return None;
}, { minArgs: 0, maxArgs: 0 });
addMethod(lruType, 'cache_parameters', (v) => {
  const w = v as PyLruWrapper;
  const d = new PyDict();
  d.setStr('maxsize', w.maxsize === null ? None : w.maxsize);
  d.setStr('typed', w.typed);
  return d;
}, { minArgs: 0, maxArgs: 0 });

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/**
 * functools.update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
 * each `assigned` attribute wrapped has is set on wrapper, each `updated` attribute of wrapper
 * is .update()d from wrapped's (or {}), then wrapper.__wrapped__ = wrapped.
 */
function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: PyObject[] = WRAPPER_ASSIGNMENTS,
  updated: PyObject[] = ['__dict__']): PyObject {
  // Functions get their attribute dict on first use.
  if (wrapper instanceof PyFunction && wrapper.__dict__ === undefined) wrapper.__dict__ = new PyDict();
  for (const attr of assigned) {
    if (typeof attr !== 'string') raise('TypeError', `attribute name must be string, not '${typeOf(attr).tpName}'`);
    let v: PyObject | undefined;
    try {
      v = getAttrOpt(wrapped, attr);
    } catch {
      v = undefined;
    }
    if (v !== undefined) {
      try {
        setAttr(wrapper, attr, v);
      } catch {
        // read-only attributes are skipped, as CPython does for missing ones
      }
    }
  }
  for (const attr of updated) {
    if (typeof attr !== 'string') raise('TypeError', `attribute name must be string, not '${typeOf(attr).tpName}'`);
    const target = getAttr(wrapper, attr);
    const source = getAttrOpt(wrapped, attr) ?? new PyDict();
    if (target instanceof PyDict && source instanceof PyDict && typeOf(target) === dictType) {
      for (const e of source.entries()) target.set(e.key, e.value);
    } else {
      callObject(getAttr(target, 'update'), [source], null);
    }
  }
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

function makeLru(func: PyObject, maxsize: number | null, typed: boolean): PyObject {
  const w = new PyLruWrapper(func, maxsize, typed);
  updateWrapper(w, func);
  return w;
}

function lruCache(args: PyObject[], kwargs: KwArgs): PyObject {
  const [maxsizeA, typedA] = parseArgs({ fname: 'lru_cache', pythonFunction: true, names: ['maxsize', 'typed'], required: 0 }, args, kwargs);
  const typed = typedA !== undefined && isTrue(typedA);
  if (maxsizeA !== undefined && maxsizeA !== None && typeof maxsizeA !== 'number' && typeof maxsizeA !== 'boolean') {
    // lru_cache used directly as a decorator: @lru_cache
    if (typeOf(maxsizeA).slots.tp_call !== undefined || maxsizeA instanceof PyBuiltinFunction) return makeLru(maxsizeA, 128, typed);
    raise('TypeError', 'Expected first argument to be an integer, a callable, or None');
  }
  const maxsize = maxsizeA === undefined ? 128 : maxsizeA === None ? null : Math.max(0, Number(maxsizeA));
  return makeBuiltinFunction('decorating_function', (a) => makeLru(a[0], maxsize, typed), { minArgs: 1, maxArgs: 1 });
}

// ---- cmp_to_key ------------------------------------------------------------------------------------------

class PyCmpKey extends PyBase {
  constructor(public readonly cmp: PyObject, public readonly obj: PyObject) {
    super();
  }
}
const keyWrapperType = makeBuiltinType('KeyWrapper', objectType, { module: 'functools' });
(PyCmpKey.prototype as PyBase).ob_type = keyWrapperType;
setSlots(keyWrapperType, {
  tp_richcompare: (v, w, op) => {
    if (!(w instanceof PyCmpKey)) return raise('TypeError', 'other argument must be K instance');
    const r = callObject((v as PyCmpKey).cmp, [(v as PyCmpKey).obj, w.obj], null);
    return richCompareBool(r, 0, op);
  },
  tp_hash: hashNotImplemented,
});
addGetSet(keyWrapperType, 'obj', (v) => (v as PyCmpKey).obj);

// ---- total_ordering ------------------------------------------------------------------------------------------

function totalOrdering(cls: PyObject): PyObject {
  if (!(cls instanceof PyType)) raise('TypeError', 'total_ordering expects a class');
  const t = cls as PyType;
  const defined = ['__lt__', '__le__', '__gt__', '__ge__'].filter((n) => {
    const own = t.lookup(n);
    return own !== undefined && own !== objectType.lookup(n);
  });
  if (defined.length === 0) raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((n) => defined.includes(n))!;
  // type(self).__lt__(self, other), as functools.py's derived methods: for a metaclass's
  // instances (classes), `A.__lt__` would be A's own unbound method, not the metaclass's.
  const call2 = (name: string, a: PyObject, b: PyObject): PyObject => callObject(getAttr(typeOf(a), name), [a, b], null);
  const eq = (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, Py_EQ);
  const derived: Record<string, Record<string, (a: PyObject, b: PyObject) => PyObject>> = {
    __lt__: {
      __gt__: (a, b) => { const r = call2('__lt__', a, b); return r === NotImplemented ? r : !isTrue(r) && !eq(a, b); },
      __le__: (a, b) => { const r = call2('__lt__', a, b); return r === NotImplemented ? r : isTrue(r) || eq(a, b); },
      __ge__: (a, b) => { const r = call2('__lt__', a, b); return r === NotImplemented ? r : !isTrue(r); },
    },
    __le__: {
      __ge__: (a, b) => { const r = call2('__le__', a, b); return r === NotImplemented ? r : !isTrue(r) || eq(a, b); },
      __lt__: (a, b) => { const r = call2('__le__', a, b); return r === NotImplemented ? r : isTrue(r) && !eq(a, b); },
      __gt__: (a, b) => { const r = call2('__le__', a, b); return r === NotImplemented ? r : !isTrue(r); },
    },
    __gt__: {
      __lt__: (a, b) => { const r = call2('__gt__', a, b); return r === NotImplemented ? r : !isTrue(r) && !eq(a, b); },
      __ge__: (a, b) => { const r = call2('__gt__', a, b); return r === NotImplemented ? r : isTrue(r) || eq(a, b); },
      __le__: (a, b) => { const r = call2('__gt__', a, b); return r === NotImplemented ? r : !isTrue(r); },
    },
    __ge__: {
      __le__: (a, b) => { const r = call2('__ge__', a, b); return r === NotImplemented ? r : !isTrue(r) || eq(a, b); },
      __gt__: (a, b) => { const r = call2('__ge__', a, b); return r === NotImplemented ? r : isTrue(r) && !eq(a, b); },
      __lt__: (a, b) => { const r = call2('__ge__', a, b); return r === NotImplemented ? r : !isTrue(r); },
    },
  };
  for (const [name, f] of Object.entries(derived[root])) {
    if (!defined.includes(name)) {
      setAttr(t, name, new PyMethodDescriptor(objectType, name, (self, a) => f(self, a[0]), { minArgs: 1, maxArgs: 1 }));
    }
  }
  return t;
}

defineModule('functools', (m) => {
  m.fn('reduce', (args) => {
    if (args.length < 2) raise('TypeError', `reduce expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) raise('TypeError', `reduce expected at most 3 arguments, got ${args.length}`);
    const it = getIter(args[1]);
    const next = typeOf(it).slots.tp_iternext!;
    let acc: PyObject | undefined = args.length === 3 ? args[2] : undefined;
    for (;;) {
      const x = next(it);
      if (x === undefined) break;
      acc = acc === undefined ? x : callObject(args[0], [acc, x], null);
    }
    if (acc === undefined) raise('TypeError', 'reduce() of empty iterable with no initial value');
    return acc!;
  }, { noKwargs: true });
  m.set('partial', partialType);
  const names = (v: PyObject | undefined, dflt: PyObject[]): PyObject[] => (v === undefined ? dflt : toArray(v));
  m.fn('update_wrapper', (args, kwargs) => {
    const [wrapper, wrapped, assigned, updated] = parseArgs({ fname: 'update_wrapper', pythonFunction: true, names: ['wrapper', 'wrapped', 'assigned', 'updated'], required: 2 }, args, kwargs);
    return updateWrapper(wrapper!, wrapped!, names(assigned, WRAPPER_ASSIGNMENTS), names(updated, ['__dict__']));
  });
  m.fn('wraps', (args, kwargs) => {
    const [wrapped, assigned, updated] = parseArgs({ fname: 'wraps', pythonFunction: true, names: ['wrapped', 'assigned', 'updated'], required: 1 }, args, kwargs);
    const a = names(assigned, WRAPPER_ASSIGNMENTS), u = names(updated, ['__dict__']);
    return makeBuiltinFunction('decorator', (w) => updateWrapper(w[0], wrapped!, a, u), { minArgs: 1, maxArgs: 1 });
  });
  m.fn('lru_cache', lruCache);
  m.fn('cache', (args) => makeLru(args[0], null, false), { minArgs: 1, maxArgs: 1 });
  m.fn('cmp_to_key', (args, kwargs) => {
    const [cmp] = parseArgs({ fname: 'cmp_to_key', names: ['mycmp'], required: 1 }, args, kwargs);
    return makeBuiltinFunction('K', (a, kw) => {
      const [obj] = parseArgs({ fname: 'K', names: ['obj'], required: 1 }, a, kw);
      return new PyCmpKey(cmp!, obj!);
    });
  });
  m.fn('total_ordering', (args) => totalOrdering(args[0]), { minArgs: 1, maxArgs: 1 });
  // The function under any partial() layers (inspect's flag tests call it).
  m.fn('_unwrap_partial', (args) => {
    let f = args[0];
    while (f instanceof PyPartial) f = f.func;
    return f;
  }, { minArgs: 1, maxArgs: 1 });
  m.set('WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS));
  m.set('WRAPPER_UPDATES', new PyTuple(['__dict__']));
  // PEP 562: cached_property, partialmethod, singledispatch and singledispatchmethod are
  // Python source (functools_extra_source.ts).
  lazyAttributes(m, new Map(['cached_property', 'partialmethod', 'singledispatch', 'singledispatchmethod', '_CacheInfo', 'RLock']
    .map((n) => [n, '_functools_extra'])));
  // CPython's __all__ (`from functools import *` takes the lazily loaded names too)
  m.set('__all__', new PyList(['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']));
  void makeClass;
  void Py_LT; void Py_LE; void Py_GT; void Py_GE;
});

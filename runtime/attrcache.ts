// Inline caches for attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), one per
// instruction, shared by both VMs (like CPython 3.11's specialised LOAD_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_CLASS, LOAD_ATTR_MODULE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE).
//
// A cache entry remembers, for one Python class (by its `version`: versions are unique over
// all types and change whenever the class or a base is modified, so equal versions mean the
// same class in the same state), what the generic lookup found on the class:
//   INSTANCE_DICT  nothing on the class (loads), or nothing with a __set__ (stores): the
//                  attribute lives in the instance dict;
//   METHOD         a plain Python function or method descriptor on the class (LOAD_METHOD
//                  skips the bound method);
//   CLASS_VALUE    a plain value on the class (no __get__: a class constant), which the
//                  instance dict may shadow;
//   MODULE         (loads on modules) nothing on the module type: the module dict's entry;
// and takes the fast path only for instances of that exact class whose attribute lookup is
// the default one. Everything else falls back to the generic operations in attr.ts.
//
// Speed: the first class seen is held in the AttrCache object itself and checked before
// anything else (one version comparison, one key-list comparison, one array load for
// `p.x`), so the common monomorphic site needs no loop and the fast path is small enough
// for TurboFan to inline into either VM's loop; up to WAYS-1 more classes go in `more`.

import { PyObject } from './object';
import { PyDict, DictKeys, DictEntry } from './dict';
import { PyType } from './type';
import { PyFunction, PyMethod, PyMethodDescriptor, PyModule } from './function';
import { typeOf, moduleType } from './types';
import { PyInstance } from './class';
import { getAttr, setAttr, getMethod, methodFound, genericGetAttr, genericSetAttr } from './attr';

const NONE = 0;
const INSTANCE_DICT = 1;
const METHOD = 2;
const CLASS_VALUE = 3;
const MODULE = 4;

/** A key list no dict ever has: an entry's `keys` before any split dict was seen. */
const NO_KEYS = new DictKeys([], null);

/** One cached class: what the lookup of the instruction's name found on it. */
class AttrCacheEntry {
  /** The class's version when filled (-1: empty); unique over all types and states. */
  version = -1;
  kind = NONE;
  /** METHOD: the function (Python function, or method descriptor of a built-in type); CLASS_VALUE: the value. */
  func: PyObject | null = null;
  /**
   * The key list (runtime/dict.ts DictKeys) of the last split instance dict seen, and the
   * name's index in it (-1: absent): while an instance's `__dict__.sk` is this list, the
   * attribute is `sv[index]` without a lookup (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
   * STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES' "not shadowed" check).
   */
  keys: DictKeys = NO_KEYS;
  index = -1;
  /** STORE_ATTR with index -1: `keys` with the name appended (the dict's next key list). */
  added: DictKeys | null = null;
  /** MODULE: the module dict's entry for the name, valid while its table has `tableVersion`. */
  entry: DictEntry | null = null;
  tableVersion = -1;
}

/** Up to WAYS classes per instruction (polymorphic sites: several task classes in a loop). */
const WAYS = 4;

/** An instruction's cache: the first class inline, up to WAYS-1 more in `more`. */
export class AttrCache extends AttrCacheEntry {
  more: AttrCacheEntry[] | null = null;
  private next = 0;

  /** The entry for class `t`, filled for `name` when missing or stale. */
  get(t: PyType, name: string, forStore: boolean): AttrCacheEntry {
    const v = t.version;
    if (this.version === v) return this;
    const es = this.more;
    if (es !== null) {
      for (let i = 0; i < es.length; i++) if (es[i].version === v) return es[i];
    }
    // A miss: an empty first entry, a new entry, or (all WAYS in use) the next in turn.
    // A stale entry of a modified class is not found by version and is eventually replaced.
    let e: AttrCacheEntry;
    if (this.version === -1) e = this;
    else if (es === null) this.more = [(e = new AttrCacheEntry())];
    else if (es.length < WAYS - 1) es.push((e = new AttrCacheEntry()));
    else {
      e = es[this.next];
      this.next = (this.next + 1) % (WAYS - 1);
    }
    fill(e, t, name, forStore);
    return e;
  }
}

function fill(c: AttrCacheEntry, t: PyType, name: string, forStore: boolean): void {
  c.version = t.version;
  c.kind = NONE;
  c.func = null;
  c.keys = NO_KEYS;
  c.index = -1;
  c.added = null;
  c.entry = null;
  c.tableVersion = -1;
  if (t === moduleType) {
    // module_getattro: the generic lookup, then the module's __getattr__ (only when missing,
    // which the cached path leaves to getAttr).
    if (!forStore && t.lookup(name) === undefined) c.kind = MODULE;
    return;
  }
  if (forStore ? t.slots.tp_setattro !== genericSetAttr : t.slots.tp_getattro !== genericGetAttr) return;
  const descr = t.lookup(name);
  if (descr === undefined) c.kind = INSTANCE_DICT;
  else if (forStore) {
    // A class attribute without __set__ (a method, a constant) does not stop the store
    // from going to the instance dict (genericSetAttr).
    if (typeof descr !== 'object' || descr.ob_type.slots.tp_descr_set === undefined) c.kind = INSTANCE_DICT;
  } else if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
    c.kind = METHOD;
    c.func = descr;
  } else if (typeof descr !== 'object' || descr.ob_type.slots.tp_descr_get === undefined) {
    c.kind = CLASS_VALUE;
    c.func = descr;
  }
}

/** The index of the entry's name in the split dict `d`'s key list (-1: absent), cached per key list. */
function indexIn(c: AttrCacheEntry, ks: DictKeys, name: string): number {
  if (ks !== c.keys) {
    c.keys = ks;
    c.index = ks.indexOf(name);
    c.added = null;
  }
  return c.index;
}

/** Is `name` absent from the instance dict `d` (a method found on the class is not shadowed)? */
function absentFrom(c: AttrCacheEntry, d: PyDict, name: string): boolean {
  const ks = d.sk;
  if (ks !== null) return indexIn(c, ks, name) < 0;
  return d.getStr(name) === undefined;
}

/** LOAD_ATTR */
export function loadAttrCached(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // The monomorphic instance-attribute load, inline (see the header).
  if (obj instanceof PyInstance && obj.ob_type.version === cache.version && cache.kind === INSTANCE_DICT) {
    const d = obj.__dict__;
    if (d !== undefined && d.sk === cache.keys && cache.index >= 0) return d.sv[cache.index];
  }
  return loadAttrSlow(cache, obj, name);
}

function loadAttrSlow(cache: AttrCache, obj: PyObject, name: string): PyObject {
  if (obj instanceof PyInstance) {
    const c = cache.get(obj.ob_type, name, false);
    const d = obj.__dict__;
    const kind = c.kind;
    if (kind === INSTANCE_DICT && d !== undefined) {
      const ks = d.sk;
      if (ks !== null) {
        const i = indexIn(c, ks, name);
        if (i >= 0) return d.sv[i];
      } else {
        const v = d.getStr(name);
        if (v !== undefined) return v;
      }
    } else if (kind === METHOD && c.func instanceof PyFunction && (d === undefined || absentFrom(c, d, name))) {
      return new PyMethod(c.func, obj);
    } else if (kind === CLASS_VALUE && (d === undefined || absentFrom(c, d, name))) {
      return c.func!;
    }
  } else if (obj instanceof PyModule && obj.ob_type === moduleType) {
    // `math.sqrt`: the module dict's entry, cached while the dict's key set is unchanged
    // (keysVersion is unique over all tables, so it also identifies the module).
    const c = cache.get(moduleType, name, false);
    if (c.kind === MODULE) {
      const d = obj.__dict__;
      const ks = d.sk;
      if (ks !== null) {
        // A module dict nobody asked the table of is still split (built-in modules).
        const i = indexIn(c, ks, name);
        if (i >= 0) return d.sv[i];
      } else {
        const tv = d.table.keysVersion;
        if (c.tableVersion === tv) return c.entry!.value;
        const e = d.table.map.get(name);
        if (e !== undefined) {
          c.entry = e;
          c.tableVersion = tv;
          return e.value;
        }
      }
    }
  }
  return getAttr(obj, name);
}

/** LOAD_METHOD: like attr.getMethod (sets methodFound.self). */
export function loadMethodCached(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // The monomorphic method of a Python class not shadowed by the instance dict, inline.
  if (obj instanceof PyInstance && obj.ob_type.version === cache.version && cache.kind === METHOD) {
    const d = obj.__dict__;
    if (d === undefined || (d.sk === cache.keys && cache.index < 0)) {
      methodFound.self = true;
      return cache.func!;
    }
  }
  return loadMethodSlow(cache, obj, name);
}

function loadMethodSlow(cache: AttrCache, obj: PyObject, name: string): PyObject {
  // Any object: instances of Python classes and values of built-in types ('s'.upper, l.append).
  const c = cache.get(typeOf(obj), name, false);
  if (c.kind === METHOD) {
    const d = typeof obj === 'object' ? obj.__dict__ : undefined;
    if (d === undefined || absentFrom(c, d, name)) {
      methodFound.self = true;
      return c.func!;
    }
  }
  return getMethod(obj, name);
}

/** STORE_ATTR */
export function storeAttrCached(cache: AttrCache, obj: PyObject, name: string, value: PyObject): void {
  if (obj instanceof PyInstance && obj.ob_type.version === cache.version && cache.kind === INSTANCE_DICT) {
    const d = obj.__dict__;
    if (d !== undefined && d.sk === cache.keys) {
      // A present key is replaced in place; a new one (`__init__`'s stores: the cached list
      // is the one before the name) appended when the dict's values array has room.
      const i = cache.index;
      if (i >= 0) {
        d.sv[i] = value;
        return;
      }
      const a = cache.added;
      if (a !== null && d.appendKey(a, value)) return;
    }
  }
  storeAttrSlow(cache, obj, name, value);
}

function storeAttrSlow(cache: AttrCache, obj: PyObject, name: string, value: PyObject): void {
  if (obj instanceof PyInstance) {
    const c = cache.get(obj.ob_type, name, true);
    const d = obj.__dict__;
    if (c.kind === INSTANCE_DICT && d !== undefined) {
      const ks = d.sk;
      if (ks !== null) {
        const i = indexIn(c, ks, name);
        if (i >= 0) {
          d.sv[i] = value;
          return;
        }
        d.setStr(name, value);
        // Remember the transition the store took (the list it led to), for appendKey.
        const nk = d.sk;
        if (nk !== null && nk !== ks && c.keys === ks) c.added = nk;
        return;
      }
      d.setStr(name, value);
      return;
    }
  }
  setAttr(obj, name, value);
}

// Inline caches for attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), one per
// instruction, shared by both VMs (like CPython 3.11's specialised LOAD_ATTR_INSTANCE_VALUE,
// LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE).
//
// A cache entry remembers, for one Python class (and its `version`, which changes whenever
// the class or a base is modified), what the generic lookup found on the class:
//   INSTANCE_DICT  nothing on the class: the attribute can only come from the instance dict;
//   METHOD         a plain Python function on the class (LOAD_METHOD skips the bound method);
// and takes the fast path only for instances of that exact class whose attribute lookup is
// the default one. Everything else falls back to the generic operations in attr.ts.

import { PyObject } from './object';
import { PyDict, DictKeys } from './dict';
import { PyType } from './type';
import { PyFunction, PyMethod, PyMethodDescriptor } from './function';
import { typeOf } from './types';
import { PyInstance } from './class';
import { getAttr, setAttr, getMethod, methodFound, genericGetAttr, genericSetAttr } from './attr';

const NONE = 0;
const INSTANCE_DICT = 1;
const METHOD = 2;

/** One cached class: what the lookup of the instruction's name found on it. */
class AttrCacheEntry {
  type: PyType | null = null;
  version = -1;
  kind = NONE;
  /** METHOD: the function (Python function, or method descriptor of a built-in type). */
  func: PyObject | null = null;
  /**
   * The key list (runtime/dict.ts DictKeys) of the last split instance dict seen, and the
   * name's index in it (-1: absent): while an instance's `__dict__.sk` is this list, the
   * attribute is `sv[index]` without a lookup (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
   * STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES' "not shadowed" check).
   */
  keys: DictKeys | null = null;
  index = -1;
}

/** Up to WAYS classes per instruction (polymorphic sites: several task classes in a loop). */
const WAYS = 4;

export class AttrCache {
  readonly entries: AttrCacheEntry[] = [];
  private next = 0;

  /** The entry for class `t`, filled for `name` when missing or stale. */
  get(t: PyType, name: string, forStore: boolean): AttrCacheEntry {
    const es = this.entries;
    for (let i = 0; i < es.length; i++) {
      const e = es[i];
      if (e.type === t) {
        if (e.version !== t.version) fill(e, t, name, forStore);
        return e;
      }
    }
    let e: AttrCacheEntry;
    if (es.length < WAYS) {
      e = new AttrCacheEntry();
      es.push(e);
    } else {
      e = es[this.next];
      this.next = (this.next + 1) % WAYS;
    }
    fill(e, t, name, forStore);
    return e;
  }
}

function fill(c: AttrCacheEntry, t: PyType, name: string, forStore: boolean): void {
  c.type = t;
  c.version = t.version;
  c.kind = NONE;
  c.func = null;
  c.keys = null;
  c.index = -1;
  if (forStore ? t.slots.tp_setattro !== genericSetAttr : t.slots.tp_getattro !== genericGetAttr) return;
  const descr = t.lookup(name);
  if (descr === undefined) c.kind = INSTANCE_DICT;
  else if ((descr instanceof PyFunction || descr instanceof PyMethodDescriptor) && !forStore) {
    c.kind = METHOD;
    c.func = descr;
  }
}

/** The index of the entry's name in the split dict `d`'s key list (-1: absent), cached per key list. */
function indexIn(c: AttrCacheEntry, ks: DictKeys, name: string): number {
  if (ks !== c.keys) {
    c.keys = ks;
    c.index = ks.indexOf(name);
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
  if (obj instanceof PyInstance) {
    const c = cache.get(obj.ob_type, name, false);
    const d = obj.__dict__;
    if (c.kind === INSTANCE_DICT && d !== undefined) {
      const ks = d.sk;
      if (ks !== null) {
        const i = indexIn(c, ks, name);
        if (i >= 0) return d.sv[i];
      } else {
        const v = d.getStr(name);
        if (v !== undefined) return v;
      }
    } else if (c.kind === METHOD && c.func instanceof PyFunction && d !== undefined && absentFrom(c, d, name)) {
      return new PyMethod(c.func, obj);
    }
  }
  return getAttr(obj, name);
}

/** LOAD_METHOD: like attr.getMethod (sets methodFound.self). */
export function loadMethodCached(cache: AttrCache, obj: PyObject, name: string): PyObject {
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
  if (obj instanceof PyInstance) {
    const c = cache.get(obj.ob_type, name, true);
    const d = obj.__dict__;
    if (c.kind === INSTANCE_DICT && d !== undefined) {
      // A present key is replaced in place; a new one (the key list before it is what is
      // cached, so __init__'s stores find -1 at once) goes through setStr.
      const ks = d.sk;
      if (ks !== null) {
        const i = indexIn(c, ks, name);
        if (i >= 0) {
          d.sv[i] = value;
          return;
        }
      }
      d.setStr(name, value);
      return;
    }
  }
  setAttr(obj, name, value);
}

// Attribute access (CPython's PyObject_GetAttr / SetAttr / GenericGetAttr, type_getattro,
// module_getattro): the descriptor protocol, instance __dict__, and __getattr__ hooks.
//
// Lookups on a type go through PyType.lookup (MRO walk cached per type, dropped when a class
// is modified). A slot `tp_getattro` returns undefined for "no such attribute", so hasattr()
// and getattr(o, n, default) avoid building an exception; getAttr raises CPython's message.

import { PyObject, PyBase } from './object';
import { PyType } from './type';
import { typeOf, objectType, typeType, moduleType, methodType, setSlots } from './types';
import { PyException, AttributeError, raiseAttributeError, raiseTypeError, isPyException } from './exceptions';
import { PyFunction, PyMethodDescriptor, PyModule, PyMethod, PyClassMethod, PyStaticMethod } from './function';
import { PyDict } from './dict';
import { callObject } from './call';

/** The AttributeError CPython raises for a missing attribute (with name/obj for "Did you mean"). */
export function attributeError(v: PyObject, name: string): PyException {
  let msg: string;
  if (v instanceof PyModule) msg = `module '${v.name}' has no attribute '${name}'`;
  else if (v instanceof PyType) msg = `type object '${v.name}' has no attribute '${name}'`;
  else msg = `'${typeOf(v).tpName}' object has no attribute '${name}'`;
  const e = new PyException(AttributeError, [msg]);
  e.extra = { name, obj: v };
  return e;
}

/** getattr(v, name): raises AttributeError when missing. */
export function getAttr(v: PyObject, name: string): PyObject {
  const r = typeOf(v).slots.tp_getattro!(v, name);
  if (r === undefined) throw attributeError(v, name);
  return r;
}

/** getattr(v, name, <missing>): undefined when missing (an AttributeError is absorbed). */
export function getAttrOpt(v: PyObject, name: string): PyObject | undefined {
  try {
    return typeOf(v).slots.tp_getattro!(v, name);
  } catch (e) {
    if (isPyException(e) && typeOf(e).isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/** setattr(v, name, value) */
export function setAttr(v: PyObject, name: string, value: PyObject): void {
  const f = typeOf(v).slots.tp_setattro;
  if (f === undefined) raiseTypeError(`'${typeOf(v).tpName}' object has no attributes (assign to .${name})`);
  f(v, name, value);
}

/** delattr(v, name) */
export function delAttr(v: PyObject, name: string): void {
  const f = typeOf(v).slots.tp_setattro;
  if (f === undefined) raiseTypeError(`'${typeOf(v).tpName}' object has no attributes (del .${name})`);
  f(v, name, undefined);
}

/** object.__getattribute__ (PyObject_GenericGetAttr); undefined when missing. */
export function genericGetAttr(obj: PyObject, name: string): PyObject | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  let get: ((d: PyObject, o: PyObject | undefined, t: PyType) => PyObject) | undefined;
  if (descr !== undefined && typeof descr === 'object') {
    const ds = descr.ob_type.slots;
    get = ds.tp_descr_get;
    if (get !== undefined && ds.tp_descr_set !== undefined) return get(descr, obj, t);
  }
  if (typeof obj === 'object') {
    const d = obj.__dict__;
    if (d !== undefined) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (get !== undefined) return get(descr!, obj, t);
  return descr;
}

/** object.__setattr__ / __delattr__ (PyObject_GenericSetAttr); value undefined = delete. */
export function genericSetAttr(obj: PyObject, name: string, value: PyObject | undefined): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === 'object') {
    const set = descr.ob_type.slots.tp_descr_set;
    if (set !== undefined) {
      set(descr, obj, value);
      return;
    }
  }
  let d = typeof obj === 'object' ? obj.__dict__ : undefined;
  if (d === undefined && (obj instanceof PyFunction || obj instanceof PyException || obj instanceof PyClassMethod || obj instanceof PyStaticMethod) && value !== undefined) {
    // A function's, an exception's, a classmethod's and a staticmethod's __dict__ is made on first use.
    d = obj.__dict__ = new PyDict();
  }
  if (d === undefined) {
    if (descr === undefined) raiseAttributeError(`'${t.tpName}' object has no attribute '${name}'`);
    raiseAttributeError(`'${t.tpName}' object attribute '${name}' is read-only`);
  }
  if (value === undefined) {
    if (d.delete(name) === undefined) throw attributeError(obj, name);
  } else {
    d.setStr(name, value);
  }
}

/** type.__getattribute__ (type_getattro): metatype data descriptors, the MRO, then the metatype. */
export function typeGetAttr(tv: PyObject, name: string): PyObject | undefined {
  const type = tv as PyType;
  const meta = typeOf(type);
  const metaAttr = meta.lookup(name);
  let metaGet: ((d: PyObject, o: PyObject | undefined, t: PyType) => PyObject) | undefined;
  if (metaAttr !== undefined && typeof metaAttr === 'object') {
    const ms = metaAttr.ob_type.slots;
    metaGet = ms.tp_descr_get;
    if (metaGet !== undefined && ms.tp_descr_set !== undefined) return metaGet(metaAttr, type, meta);
  }
  const attr = type.lookup(name);
  if (attr !== undefined) {
    if (typeof attr === 'object') {
      const g = attr.ob_type.slots.tp_descr_get;
      if (g !== undefined) return g(attr, undefined, type);
    }
    return attr;
  }
  if (metaGet !== undefined) return metaGet(metaAttr!, type, meta);
  return metaAttr;
}

/** Set by runtime/class.ts: setattr on a class (updates slots when a dunder changes). */
// `var` without an initialiser: class.ts installs it possibly while this module is loading.
// eslint-disable-next-line no-var
var typeSetAttrImpl: ((t: PyType, name: string, value: PyObject | undefined) => void) | undefined;
export function setTypeSetAttr(f: (t: PyType, name: string, value: PyObject | undefined) => void): void {
  typeSetAttrImpl = f;
}

/**
 * LOAD_METHOD's lookup (CPython's _PyObject_GetMethod): when `name` resolves to a plain
 * function or method descriptor on the type (not shadowed by the instance dict) returns it
 * UNBOUND and sets `methodFound.self = true`, so the caller passes obj as the first
 * argument without allocating a bound method. Otherwise returns the attribute itself.
 */
export const methodFound = { self: false };
export function getMethod(obj: PyObject, name: string): PyObject {
  const t = typeOf(obj);
  if (t.slots.tp_getattro === genericGetAttr) {
    const descr = t.lookup(name);
    if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
      const d = typeof obj === 'object' ? (obj as PyBase).__dict__ : undefined;
      const shadow = d === undefined ? undefined : d.getStr(name);
      if (shadow === undefined) {
        methodFound.self = true;
        return descr;
      }
      methodFound.self = false;
      return shadow;
    }
  }
  // getAttr may run Python code (a nested LOAD_METHOD): set the flag after it.
  const r = getAttr(obj, name);
  methodFound.self = false;
  return r;
}

/** Looks a special method up on the TYPE only (as the interpreter does for dunders); bound, or undefined. */
export function lookupSpecial(obj: PyObject, name: string): PyObject | undefined {
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr === undefined) return undefined;
  if (typeof attr === 'object') {
    const g = attr.ob_type.slots.tp_descr_get;
    if (g !== undefined) return g(attr, obj, t);
  }
  return attr;
}

setSlots(objectType, { tp_getattro: genericGetAttr, tp_setattro: genericSetAttr });
// A bound method's attributes fall back to its function's (method_getattro).
setSlots(methodType, {
  tp_getattro: (m, name) => {
    const r = genericGetAttr(m, name);
    if (r !== undefined) return r;
    return getAttrOpt((m as PyMethod).func, name);
  },
});
setSlots(typeType, {
  tp_getattro: typeGetAttr,
  tp_setattro: (t, name, value) => typeSetAttrImpl!(t as PyType, name, value),
});
/**
 * An imported module's __spec__ or __loader__, which CPython's import system sets on every
 * module and pyvm's makes on first use (importlib.util._fill_spec): making a ModuleSpec per
 * module at import would load the importlib package into every run.
 */
function moduleSpecAttr(m: PyModule, name: string): PyObject | undefined {
  const { importAbsolute } = require('./vmhelpers') as typeof import('./vmhelpers');
  const { currentInterp } = require('./interp') as typeof import('./interp');
  const fill = getAttrOpt(importAbsolute(currentInterp(), 'importlib.util'), '_fill_spec');
  if (fill === undefined) return undefined;
  callObject(fill, [m], null);
  return m.__dict__.getStr(name);
}
setSlots(moduleType, {
  tp_getattro: (m, name) => {
    const r = genericGetAttr(m, name);
    if (r !== undefined) return r;
    if (name === '__spec__' || name === '__loader__') {
      const v = moduleSpecAttr(m as PyModule, name);
      if (v !== undefined) return v;
    }
    const ga = (m as PyModule).__dict__.getStr('__getattr__');
    if (ga !== undefined) {
      return callObject(ga, [name], null);
    }
    return undefined;
  },
  tp_setattro: genericSetAttr,
});
void PyDict;

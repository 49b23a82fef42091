// object's side of the pickle protocol (Objects/typeobject.c): object.__reduce_ex__,
// object.__reduce__ and object.__getstate__. pickle and copy ask an object for its reduce
// value; for an instance of a Python class it is
//   protocol >= 2: (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)
//   protocol 0, 1: copyreg._reduce_ex(obj, protocol)   (copyreg's Python code)
// and the state is the instance dict (None when empty), with the __slots__ values beside it.
// copyreg is imported when first needed, as CPython does: with CPython's standard library on
// PYTHONPATH it is CPython's own copyreg.py.
//
// Invariant: a class that defines __reduce__ itself (not object's) is reduced by its own
// __reduce__ whatever the protocol, as object.__reduce_ex__ does in CPython.

import { PyObject, PyTuple, None, PyBase } from './object';
import { objectType, typeOf, methodDescriptorType, wrapperDescriptorType } from './types';
import { raiseTypeError } from './exceptions';
import { addMethod } from './function';
import { getAttr, getAttrOpt, lookupSpecial } from './attr';
import { callObject } from './call';
import { PyDict } from './dict';
import { PyList } from './containers';
import { PyInstance, PyMemberDescriptor } from './class';
import { currentInterp } from './interp';
import { importAbsolute } from './vmhelpers';
import { toArray, str, getIter } from './ops';
import { PyType } from './type';
import { mangle } from '../frontend/symtable';

function copyreg(): PyObject {
  return importAbsolute(currentInterp(), 'copyreg');
}

/**
 * The names of t's __slots__ members along its MRO, private names mangled (what
 * copyreg._slotnames computes; CPython caches it as the class's __slotnames__, and a class
 * that sets __slotnames__ itself is taken at its word).
 */
export function slotNames(t: PyType): string[] {
  const cached = t.dict.get('__slotnames__');
  if (cached !== undefined && cached !== None) return toArray(cached).map((n) => str(n));
  const names: string[] = [];
  for (const c of t.mro) {
    const decl = c.dict.get('__slots__');
    if (decl === undefined) continue;
    for (const n of typeof decl === 'string' ? [decl] : toArray(decl)) {
      const name = str(n);
      if (name !== '__dict__' && name !== '__weakref__') names.push(mangle(c.name, name));
    }
  }
  if (t.isHeapType) {
    t.dict.set('__slotnames__', new PyList(names.slice()));
    t.modified();
  }
  return names;
}

/**
 * object_getstate_default: the instance dict (None when it has no entries) and, when the class
 * has __slots__ members that are set, `(dict, {slot: value})`. With `required` (the reduce value
 * has no constructor arguments to rebuild the object from), an object whose state lives in
 * the built-in type itself (an iterator, a generator) cannot be pickled.
 */
function defaultState(obj: PyObject, required: boolean): PyObject {
  const t = typeOf(obj);
  if (required && !(obj instanceof PyInstance) && t !== objectType) raiseTypeError(`cannot pickle '${t.tpName}' object`);
  const d = typeof obj === 'object' ? obj.__dict__ : undefined;
  let state: PyObject = d !== undefined && d.size > 0 ? d : None;
  const names = slotNames(t);
  if (names.length > 0) {
    const slots = new PyDict();
    for (const n of names) {
      const v = getAttrOpt(obj, n);
      if (v !== undefined) slots.set(n, v);
    }
    if (slots.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

const objectGetstate = (obj: PyObject): PyObject => defaultState(obj, false);

/**
 * object_getstate: the class's __getstate__ when it has its own, else the default state (with
 * `required`: see defaultState). A built-in type's __reduce__ (deque, OrderedDict) asks for it
 * without `required`.
 */
export function getState(obj: PyObject, required: boolean): PyObject {
  const own = typeOf(obj).lookup('__getstate__');
  if (own === undefined || own === objectType.dict.get('__getstate__')) return defaultState(obj, required);
  return callObject(getAttr(obj, '__getstate__'), [], null);
}

/** _PyObject_GetNewArguments: __getnewargs_ex__'s (args, kwargs), or __getnewargs__'s args. */
function newArguments(obj: PyObject): [PyTuple | null, PyDict | null] {
  const ex = lookupSpecial(obj, '__getnewargs_ex__');
  if (ex !== undefined) {
    const r = callObject(ex, [], null);
    if (!(r instanceof PyTuple)) raiseTypeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).tpName}'`);
    if (r.items.length !== 2) raiseTypeError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [a, k] = r.items;
    if (!(a instanceof PyTuple)) raiseTypeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(a).tpName}'`);
    if (!(k instanceof PyDict)) raiseTypeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(k).tpName}'`);
    return [a, k];
  }
  const plain = lookupSpecial(obj, '__getnewargs__');
  if (plain !== undefined) {
    const r = callObject(plain, [], null);
    if (!(r instanceof PyTuple)) raiseTypeError(`__getnewargs__ should return a tuple, not '${typeOf(r).tpName}'`);
    return [r, null];
  }
  return [null, null];
}

/** reduce_newobj: the protocol-2 reduce value of `obj`. */
function reduceNewobj(obj: PyObject): PyObject {
  const t = typeOf(obj);
  if (t.slots.tp_new === undefined) raiseTypeError(`cannot pickle '${t.tpName}' object`);
  const [args, kwargs] = newArguments(obj);
  const cr = copyreg();
  let newobj: PyObject;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getAttr(cr, '__newobj__');
    newargs = new PyTuple([t, ...(args !== null ? args.items : [])]);
  } else {
    newobj = getAttr(cr, '__newobj_ex__');
    newargs = new PyTuple([t, args as PyTuple, kwargs]);
  }
  const isList = obj instanceof PyList;
  const isDict = obj instanceof PyDict;
  const state = getState(obj, !(args !== null || isList || isDict));
  const listitems = isList ? getIter(obj) : None;
  const dictitems = isDict ? getIter(callObject(getAttr(obj, 'items'), [], null)) : None;
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

function commonReduce(obj: PyObject, protocol: number): PyObject {
  if (protocol >= 2) return reduceNewobj(obj);
  return callObject(getAttr(copyreg(), '_reduce_ex'), [obj, protocol], null);
}

function protocolOf(v: PyObject): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') raiseTypeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return v;
}

addMethod(objectType, '__reduce__', (obj) => commonReduce(obj, 0), { minArgs: 0, maxArgs: 0 });
const objectReduce = objectType.dict.get('__reduce__');
addMethod(objectType, '__reduce_ex__', (obj, a) => {
  const protocol = protocolOf(a[0]);
  // A class's own __reduce__ wins (object_reduce_ex's override test).
  if (typeOf(obj).lookup('__reduce__') !== objectReduce) return callObject(getAttr(obj, '__reduce__'), [], null);
  return commonReduce(obj, protocol);
}, { minArgs: 1, maxArgs: 1 });
addMethod(objectType, '__getstate__', objectGetstate, { minArgs: 0, maxArgs: 0 });

// descr_reduce: a method, slot wrapper or member descriptor of a type (str.lower,
// object.__init__, a __slots__ member) pickles as getattr(its class, its name); CPython 3.11's
// classmethod and getset descriptors have no __reduce__ ('cannot pickle').
for (const t of [methodDescriptorType, wrapperDescriptorType, (PyMemberDescriptor.prototype as PyBase).ob_type]) {
  addMethod(t, '__reduce__', (d) => {
    const descr = d as PyBase & { objclass: PyType; name: string };
    return new PyTuple([currentInterp().builtins.getStr('getattr')!, new PyTuple([descr.objclass, descr.name])]);
  }, { minArgs: 0, maxArgs: 0 });
}

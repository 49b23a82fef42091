// The eval loop's helpers that are not generic object operations (CPython's ceval.c helper
// functions: do_raise, unpack_iterable, import_name, import_from, match_class, format ...).
// Shared by both VMs, so that an instruction means the same thing on either.
//
// Also the global-variable inline cache (LOAD_GLOBAL): valid while neither the globals nor
// the builtins dict gained or lost a key (HashTable.keysVersion), it holds the dict entry
// itself, whose value stays current when the variable is reassigned.

import * as fs from 'fs';
import * as path from 'path';
import { PyObject, PyTuple, None, PyBase, PyFloat } from './object';
import { PyType, KwArgs } from './type';
import { typeOf, isInstance, dictType, strType } from './types';
import { PyDict, DictEntry, HashTable, ForeignBuiltins } from './dict';
import {
  PyException, BaseException, TypeError, raiseTypeError, raiseValueError, newException, NameError, UnboundLocalError,
  ImportError, ModuleNotFoundError, RuntimeError, raiseKeyError, KeyError, SystemError,
} from './exceptions';
import { PyFunction, PyCell, PyModule, PyBuiltinFunction } from './function';
import { toArray, getIter, repr, str, getItem, isTrue, forEach } from './ops';
import { callObject } from './call';
import { getAttr, getAttrOpt, lookupSpecial } from './attr';
import { PyList, PySlice } from './containers';
import { callDunder } from './class';
import { Interpreter, currentInterpOrNull, moduleRegistry } from './interp';
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE } from '../frontend/code';
import { attachNameScopes, dictNames } from './traceback';

// ---------------------------------------------------------------------------------------------
// Names

/** NameError for `name`, with the scopes searched for "Did you mean". */
export function nameError(name: string, locals: PyDict | null, globals: PyDict, builtins: PyDict, code: CodeObject | null): PyException {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.extra = { name };
  attachNameScopes(e, () => {
    const scopes: string[][] = [];
    if (code !== null && locals === null) scopes.push(code.co_varnames);
    if (locals !== null) scopes.push(dictNames(locals));
    scopes.push(dictNames(globals), dictNames(builtins));
    return scopes;
  });
  return e;
}

/**
 * Zero-argument super()'s class and instance (CPython 3.11's super_init_without_args), for
 * both VMs: `code` is the running function's code (null when the running frame is not a
 * function's) and `fast` its local, cell and free slots in co_localsplusnames order (the
 * stack VM's frame slots, the register VM's first registers). RuntimeErrors in CPython's order.
 */
export function zeroArgSuper(code: CodeObject | null, fast: ArrayLike<PyObject | null | undefined>): [PyType, PyObject] {
  // A code without positional parameters (only *args too) has no first argument.
  if (code === null || code.co_argcount === 0) throw newException(RuntimeError, 'super(): no arguments');
  let self = fast[0];
  // A first argument that is also a cell holds the cell, not the value.
  if (self instanceof PyCell && (code.co_localspluskinds[0] & CO_FAST_CELL) !== 0) self = self.contents;
  if (self === undefined || self === null) throw newException(RuntimeError, 'super(): arg[0] deleted');
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    // The class body's __class__ is a free variable of the method.
    if (names[i] === '__class__' && (code.co_localspluskinds[i] & CO_FAST_FREE) !== 0) {
      const cell = fast[i];
      const cls = cell instanceof PyCell ? cell.contents : undefined;
      if (cls === undefined) throw newException(RuntimeError, 'super(): empty __class__ cell');
      if (!(cls instanceof PyType)) throw newException(RuntimeError, 'super(): __class__ is not a type');
      return [cls, self];
    }
  }
  throw newException(RuntimeError, 'super(): __class__ cell not found');
}

export function unboundLocalError(name: string): PyException {
  const e = newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  e.extra = { name };
  return e;
}

export function unboundFreeError(name: string): PyException {
  const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.extra = { name };
  return e;
}

/**
 * LOAD_GLOBAL's inline cache: one per instruction. A name found in the globals is valid while
 * the globals' key set is unchanged, whatever the builtins do (CPython's LOAD_GLOBAL_MODULE):
 * builtinsVersion is then negative and not tested; a name found in the builtins needs both
 * key sets unchanged (LOAD_GLOBAL_BUILTIN). keysVersion is unique over all tables and never
 * negative, so a cache is never hit for another dict or before its first fill.
 */
export class GlobalCache {
  globalsVersion = -1;
  builtinsVersion = -1;
  entry: DictEntry | null = null;
}

/** LOAD_GLOBAL: globals then builtins, through the instruction's cache. */
export function loadGlobalCached(cache: GlobalCache, globals: PyDict, builtins: PyDict, name: string, code: CodeObject | null): PyObject {
  const gt = globals.tbl;
  let bt: HashTable | null;
  if (gt !== null && cache.globalsVersion === gt.keysVersion && (cache.builtinsVersion < 0 || ((bt = builtins.tbl) !== null && cache.builtinsVersion === bt.keysVersion))) {
    return cache.entry!.value;
  }
  return loadGlobalMiss(cache, globals, builtins, name, code);
}

/**
 * LOAD_GLOBAL's cache miss (and the first use of a still split dict), separate so that
 * loadGlobalCached stays small: TurboFan inlines helpers into the VMs' loops from one
 * budget per loop (docs/performance.md, "Attributes and calls, session 3").
 */
function loadGlobalMiss(cache: GlobalCache, globals: PyDict, builtins: PyDict, name: string, code: CodeObject | null): PyObject {
  const gt = globals.table;
  const bt = builtins.table;
  let e = gt.map.get(name);
  let bv = -1;
  if (e === undefined) {
    e = bt.map.get(name);
    if (e === undefined) {
      if (builtins instanceof ForeignBuiltins) return foreignBuiltin(builtins, name, null, globals, code);
      throw nameError(name, null, globals, builtins, code);
    }
    bv = bt.keysVersion;
  }
  cache.entry = e;
  cache.globalsVersion = gt.keysVersion;
  cache.builtinsVersion = bv;
  return e.value;
}

/** LOAD_NAME: the locals mapping, globals, builtins. */
export function loadName(locals: PyObject, globals: PyDict, builtins: PyDict, name: string): PyObject {
  let v: PyObject | undefined;
  // An exact dict directly; a dict subclass (a metaclass's __prepare__ namespace) through its __getitem__.
  if (locals instanceof PyDict && locals.ob_type === dictType) v = locals.getStr(name);
  else {
    try {
      v = getItem(locals, name);
    } catch (e) {
      if (!(e instanceof PyException && typeOf(e).tpName === 'KeyError')) throw e;
    }
  }
  if (v !== undefined) return v;
  v = globals.getStr(name);
  if (v !== undefined) return v;
  v = builtins.getStr(name);
  if (v !== undefined) return v;
  const loc = locals instanceof PyDict ? locals : null;
  if (builtins instanceof ForeignBuiltins) return foreignBuiltin(builtins, name, loc, globals, null);
  throw nameError(name, loc, globals, builtins, null);
}

/**
 * A builtins lookup in a `__builtins__` that is not an exact dict: `mapping[name]`, its
 * KeyError a NameError (CPython's LOAD_GLOBAL / LOAD_NAME slow path; other errors pass).
 */
function foreignBuiltin(builtins: ForeignBuiltins, name: string, locals: PyDict | null, globals: PyDict, code: CodeObject | null): PyObject {
  try {
    return getItem(builtins.mapping, name);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, KeyError)) throw nameError(name, locals, globals, builtins, code);
    throw e;
  }
}

/** LOAD_BUILD_CLASS: builtins.__build_class__, or CPython's NameError. */
export function loadBuildClass(builtins: PyDict): PyObject {
  const bc = builtins.getStr('__build_class__');
  if (bc !== undefined) return bc;
  if (builtins instanceof ForeignBuiltins) {
    try {
      return getItem(builtins.mapping, '__build_class__');
    } catch (e) {
      if (!(e instanceof PyException && isInstance(e, KeyError))) throw e;
    }
  }
  throw newException(NameError, '__build_class__ not found');
}

// ---------------------------------------------------------------------------------------------
// Raising

/** The handled exception to raise for `raise` with no argument (or RuntimeError). */
export function reraiseCurrent(current: PyObject): PyException {
  if (current instanceof PyException) return current;
  return newException(RuntimeError, 'No active exception to reraise');
}

/** do_raise: an exception instance from `raise X [from Y]`. */
export function makeRaise(exc: PyObject, cause: PyObject | undefined): PyException {
  let value: PyException;
  if (exc instanceof PyType && exc.isSubtypeOf(BaseException)) {
    const v = callObject(exc, [], null);
    if (!(v instanceof PyException)) {
      raiseTypeError(`calling ${repr(exc)} should have returned an instance of BaseException, not ${repr(typeOf(v))}`);
    }
    value = v;
  } else if (exc instanceof PyException) {
    value = exc;
  } else {
    raiseTypeError('exceptions must derive from BaseException');
  }
  if (cause !== undefined) {
    let c: PyException | null;
    if (cause === None) c = null;
    else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) {
      const v = callObject(cause, [], null);
      if (!(v instanceof PyException)) raiseTypeError('exception causes must derive from BaseException');
      c = v;
    } else if (cause instanceof PyException) c = cause;
    else raiseTypeError('exception causes must derive from BaseException');
    value.cause = c;
    value.suppressContext = true;
  }
  return value;
}

/** Sets exc.__context__ to the exception being handled (as _PyErr_SetObject), avoiding cycles. */
export function chainContext(exc: PyException, handled: PyObject): void {
  if (!(handled instanceof PyException) || handled === exc || exc.context !== null) return;
  // Break a cycle: if exc is already in handled's context chain, cut it there. The chain may
  // already hold a cycle of its own (`e.__context__ = e`): a second pointer moving at half
  // speed meets the first one there, and the walk stops (CPython 3.11's _PyErr_SetObject).
  let o: PyException = handled;
  let slow: PyException = handled;
  let toggle = false;
  for (let ctx = o.context; ctx !== null; ctx = o.context) {
    if (ctx === exc) {
      o.context = null;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyException;
    toggle = !toggle;
  }
  exc.context = handled;
}

/** CHECK_EXC_MATCH: is `exc` an instance of `type` (a class or tuple of classes)? */
export function exceptionMatches(exc: PyObject, type: PyObject): boolean {
  if (type instanceof PyType) {
    // `except E:`, the common case. The exception's own class needs no catchability test (a
    // raised exception's class derives from BaseException); any other class does, whether or
    // not it matches (CPython tests it first).
    const et = typeOf(exc);
    if (et === type) return true;
    if (!isCatchable(type)) raiseNotCatchable();
    return et.isSubtypeOf(type);
  }
  if (type instanceof PyTuple) {
    const items = type.items;
    for (let i = 0; i < items.length; i++) if (!isCatchable(items[i])) raiseNotCatchable();
    const et = typeOf(exc);
    for (let i = 0; i < items.length; i++) {
      const t = items[i] as PyType;
      if (et === t || et.isSubtypeOf(t)) return true;
    }
    return false;
  }
  return raiseNotCatchable();
}

function isCatchable(t: PyObject): boolean {
  return t instanceof PyType && t.isSubtypeOf(BaseException);
}

function raiseNotCatchable(): never {
  raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
}

// ---------------------------------------------------------------------------------------------
// Unpacking

/** UNPACK_SEQUENCE: exactly n items, in order. */
export function unpackSequence(v: PyObject, n: number): PyObject[] {
  if (v instanceof PyTuple || v instanceof PyList) {
    const items = v.items;
    if (items.length === n) return items;
    if (items.length < n) raiseValueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    raiseValueError(`too many values to unpack (expected ${n})`);
  }
  const it = unpackIter(v);
  const next = typeOf(it).slots.tp_iternext!;
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    const x = next(it);
    if (x === undefined) raiseValueError(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (next(it) !== undefined) raiseValueError(`too many values to unpack (expected ${n})`);
  return out;
}

function unpackIter(v: PyObject): PyObject {
  const t = typeOf(v);
  if (t.slots.tp_iter === undefined && t.slots.mp_subscript === undefined) {
    raiseTypeError(`cannot unpack non-iterable ${t.tpName} object`);
  }
  return getIter(v);
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackEx(v: PyObject, before: number, after: number): PyObject[] {
  const it = unpackIter(v);
  const items = toArray(it);
  if (items.length < before + after) {
    raiseValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building values

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format(value, spec). */
export function formatValue(v: PyObject, conversion: number, spec: string): string {
  let x: PyObject = v;
  if (conversion === 1) x = str(v);
  else if (conversion === 2) x = repr(v);
  else if (conversion === 3) x = asciiRepr(v);
  if (typeof x === 'string' && spec === '' && typeOf(x) === strType) return x;
  return formatObject(x, spec);
}

/** runtime/format_runtime, required on first use (it loads the float formatting tables). */
let formatRuntime: typeof import('./format_runtime') | undefined;

/** format(value, spec) (PyObject_Format). */
export function formatObject(v: PyObject, spec: string): string {
  if (spec === '' && typeof v === 'string') return v;
  // The runtime library's format() has direct paths for int/bool/float/str.
  if (typeof v !== 'object' || v instanceof PyFloat) {
    formatRuntime ??= require('./format_runtime') as typeof import('./format_runtime');
    return formatRuntime.formatObject(v, spec);
  }
  const r = callDunder(v, '__format__', [spec]);
  if (r === undefined) raiseTypeError(`Type ${typeOf(v).tpName} doesn't define __format__`);
  if (typeof r !== 'string') raiseTypeError(`__format__ must return a str, not ${typeOf(r).tpName}`);
  return r;
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(v: PyObject): string {
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** BUILD_SLICE */
export function buildSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(start, stop, step);
}

/** DICT_MERGE (a call's **mapping): duplicate keys are TypeErrors naming the function. */
export function dictMergeForCall(d: PyDict, update: PyObject, func: PyObject): void {
  const fname = functionDescription(func);
  if (!(update instanceof PyDict) && lookupSpecial(update, 'keys') === undefined) {
    raiseTypeError(`${fname} argument after ** must be a mapping, not ${typeOf(update).tpName}`);
  }
  const add = (k: PyObject, v: PyObject): void => {
    if (typeof k !== 'string') raiseTypeError('keywords must be strings');
    if (d.getStr(k) !== undefined) {
      // CPython's DICT_MERGE raises KeyError(key) and turns it into this TypeError only while
      // the KeyError's value is still the bare key; inside an except block it is made an
      // exception object at once (to chain the handled one) and stays a KeyError.
      if ((currentInterpOrNull()?.backend.currentException() ?? None) !== None) raiseKeyError(k);
      raiseTypeError(`${fname} got multiple values for keyword argument '${k}'`);
    }
    d.setStr(k, v);
  };
  if (update instanceof PyDict) {
    for (const e of update.entries()) add(e.key, e.value);
    return;
  }
  const keys = callObject(lookupSpecial(update, 'keys')!, [], null);
  forEach(keys, (k) => {
    add(k, getItem(update, k));
  });
}

/** `f()` as CPython names a callable in call errors (_PyObject_FunctionStr). */
export function functionDescription(func: PyObject): string {
  if (func instanceof PyFunction) {
    const m = func.module;
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${func.qualname}()` : `${func.qualname}()`;
  }
  if (func instanceof PyBuiltinFunction) return `${func.name}()`;
  if (func instanceof PyType) return `${func.qualname}()`;
  return `${typeOf(func).tpName} object`;
}

/** LIST_EXTEND's error for `*x` of a non-iterable. */
export function listExtend(l: PyList, v: PyObject): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items;
    for (let i = 0; i < items.length; i++) l.items.push(items[i]);
    return;
  }
  const t = typeOf(v);
  if (t.slots.tp_iter === undefined && t.slots.mp_subscript === undefined) {
    raiseTypeError(`Value after * must be an iterable, not ${t.tpName}`);
  }
  forEach(v, (x) => {
    l.items.push(x);
  });
}

/** CALL_FUNCTION_EX: positional args from the tuple (or iterable) and kwargs from the dict. */
export function expandCallArgs(func: PyObject, callargs: PyObject, kwargs: PyObject | undefined): [PyObject[], KwArgs] {
  let args: PyObject[];
  if (callargs instanceof PyTuple) args = callargs.items;
  else {
    const t = typeOf(callargs);
    if (t.slots.tp_iter === undefined && t.slots.mp_subscript === undefined) {
      raiseTypeError(`${functionDescription(func)} argument after * must be an iterable, not ${t.tpName}`);
    }
    args = toArray(callargs);
  }
  let kw: KwArgs = null;
  if (kwargs !== undefined) {
    if (!(kwargs instanceof PyDict)) {
      const d = new PyDict();
      dictMergeForCall(d, kwargs, func);
      kwargs = d;
    }
    const dict = kwargs as PyDict;
    if (dict.size > 0) {
      kw = new Map();
      for (const e of dict.entries()) {
        if (typeof e.key !== 'string') raiseTypeError(`keywords must be strings`);
        kw.set(e.key, e.value);
      }
    }
  }
  return [args, kw];
}

/** MAKE_FUNCTION */
export function makeFunction(
  code: CodeObject,
  globals: PyDict,
  builtins: PyDict,
  defaults: PyObject | undefined,
  kwdefaults: PyObject | undefined,
  annotations: PyObject | undefined,
  closure: PyObject | undefined,
): PyFunction {
  const f = new PyFunction(code, globals, builtins);
  if (defaults !== undefined) f.defaults = (defaults as PyTuple).items;
  if (kwdefaults !== undefined) f.kwdefaults = kwdefaults as PyDict;
  if (annotations !== undefined) {
    if (annotations instanceof PyTuple) {
      const d = new PyDict();
      for (let i = 0; i + 1 < annotations.items.length; i += 2) d.set(annotations.items[i], annotations.items[i + 1]);
      f.annotations = d;
    } else f.annotations = annotations as PyDict;
  }
  if (closure !== undefined) f.closure = (closure as PyTuple).items as PyCell[];
  return f;
}

/** BEFORE_WITH: [bound __exit__, result of __enter__()]. */
export function beforeWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookupSpecial(mgr, '__enter__');
  if (enter === undefined) {
    raiseTypeError(`'${typeOf(mgr).tpName}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecial(mgr, '__exit__');
  if (exit === undefined) {
    raiseTypeError(`'${typeOf(mgr).tpName}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const res = callObject(enter, [], null);
  return [exit, res];
}

// ---------------------------------------------------------------------------------------------
// Pattern matching

/** MATCH_MAPPING: the subject's class has Py_TPFLAGS_MAPPING (runtime/collection_flags.ts). */
export function isMapping(v: PyObject): boolean {
  return (collectionFlag(typeOf(v)) & TPFLAGS_MAPPING) !== 0;
}

/** MATCH_SEQUENCE: the subject's class has Py_TPFLAGS_SEQUENCE (str, bytes, bytearray have not). */
export function isSequence(v: PyObject): boolean {
  return (collectionFlag(typeOf(v)) & TPFLAGS_SEQUENCE) !== 0;
}

/** MATCH_KEYS: a tuple of the values for `keys`, or None when one is missing. */
export function matchKeys(subject: PyObject, keys: PyTuple): PyObject {
  if (keys.items.length === 0) return new PyTuple([]);
  const out: PyObject[] = [];
  const seen = new PyDict();
  for (const k of keys.items) {
    if (seen.has(k)) raiseValueError(`mapping pattern checks duplicate key (${repr(k)})`);
    seen.set(k, None);
    let v: PyObject | undefined;
    if (subject instanceof PyDict && typeOf(subject) === dictType) v = subject.get(k);
    else {
      const get = getAttr(subject, 'get');
      const dummy = new PyTuple([]);
      const r = callObject(get, [k, dummy], null);
      v = r === dummy ? undefined : r;
    }
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

/** MATCH_CLASS: a tuple of the matched attributes, or None. */
export function matchClass(subject: PyObject, type: PyObject, nargs: number, names: PyTuple): PyObject {
  if (!(type instanceof PyType)) raiseTypeError('called match pattern must be a type');
  if (!isInstance(subject, type)) return None;
  const out: PyObject[] = [];
  const seen = new Set<string>();
  let matchSelf = false;
  if (nargs > 0) {
    let matchArgs = getAttrOpt(type, '__match_args__');
    if (matchArgs === undefined) {
      // Without __match_args__, the built-ins flagged _Py_TPFLAGS_MATCH_SELF (and their
      // subclasses) match themselves positionally; any other class (range too) takes none.
      if (MATCH_SELF_NAMES.has(baseBuiltinName(type))) {
        matchSelf = true;
        if (nargs > 1) raiseTypeError(`${type.tpName}() accepts 1 positional sub-pattern (${nargs} given)`);
      } else {
        matchArgs = new PyTuple([]);
      }
    }
    if (matchSelf) out.push(subject);
    else {
      if (!(matchArgs instanceof PyTuple)) raiseTypeError(`${type.tpName}.__match_args__ must be a tuple (got ${typeOf(matchArgs!).tpName})`);
      if (nargs > matchArgs.items.length) {
        raiseTypeError(`${type.tpName}() accepts ${matchArgs.items.length} positional sub-pattern${matchArgs.items.length === 1 ? '' : 's'} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs.items[i];
        if (typeof name !== 'string') raiseTypeError(`__match_args__ elements must be strings (got ${typeOf(name).tpName})`);
        if (seen.has(name)) raiseTypeError(`${type.tpName}() got multiple sub-patterns for attribute '${name}'`);
        seen.add(name);
        const v = getAttrOpt(subject, name);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of names.items) {
    const name = n as string;
    if (seen.has(name)) raiseTypeError(`${type.tpName}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOpt(subject, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

const MATCH_SELF_NAMES = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);
function baseBuiltinName(t: PyType): string {
  for (const m of t.mro) if (!m.isHeapType) return m.name;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Import (a reduced importlib: sys.modules, built-in modules, .py files beside the script)

/** IMPORT_NAME: __import__(name, globals, None, fromlist, level). */
export function importName(interp: Interpreter, name: string, globals: PyDict, builtins: PyDict, fromlist: PyObject, level: number): PyObject {
  // The frame's builtins' __import__, through the dict API as CPython's import_name: a dict
  // subclass's own items, any other __builtins__ is SystemError.
  let imp: PyObject | undefined;
  if (builtins instanceof ForeignBuiltins) {
    const m = builtins.mapping;
    if (!(m instanceof PyDict)) throw newException(SystemError, 'Objects/dictobject.c:1756: bad argument to internal function');
    imp = m.getStr('__import__');
  } else imp = builtins.getStr('__import__');
  if (imp === undefined) throw newException(ImportError, '__import__ not found');
  if (!(imp instanceof PyBuiltinFunction && imp.name === '__import__')) {
    return callObject(imp, [name, globals, None, fromlist, level], null);
  }
  return importModuleLevel(interp, name, globals, fromlist, level);
}

function resolveName(name: string, globals: PyDict, level: number): string {
  const pkg = globals.getStr('__package__');
  let base: string;
  if (typeof pkg === 'string') base = pkg;
  else {
    const modName = globals.getStr('__name__');
    if (typeof modName !== 'string') throw newException(ImportError, 'attempted relative import with no known parent package');
    base = globals.getStr('__path__') !== undefined ? modName : modName.split('.').slice(0, -1).join('.');
  }
  if (base === '') throw newException(ImportError, 'attempted relative import with no known parent package');
  const parts = base.split('.');
  if (level - 1 > parts.length - 1 + 1) throw newException(ImportError, 'attempted relative import beyond top-level package');
  const prefix = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? prefix : `${prefix}.${name}`;
}

/** PyImport_ImportModuleLevelObject */
export function importModuleLevel(interp: Interpreter, name: string, globals: PyDict, fromlist: PyObject, level: number): PyObject {
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  if (absName === '') raiseValueError('Empty module name');
  const mod = importAbsolute(interp, absName);
  const hasFrom = fromlist !== None && isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name !== '') {
      const first = level === 0 ? absName.split('.')[0] : absName.slice(0, absName.length - name.length) + name.split('.')[0];
      return interp.modules.getStr(first) ?? mod;
    }
    return mod;
  }
  // from package import submodule: import submodules named in fromlist when missing.
  if (mod instanceof PyModule && mod.__dict__.getStr('__path__') !== undefined) {
    forEach(fromlist, (x) => {
      if (typeof x === 'string' && x !== '*' && mod.__dict__.getStr(x) === undefined) {
        const full = `${absName}.${x}`;
        try {
          importAbsolute(interp, full);
        } catch (e) {
          // Only the submodule itself being missing is ignored (_handle_fromlist); an error
          // raised while importing it propagates.
          const missing = e instanceof PyException && typeOf(e).isSubtypeOf(ModuleNotFoundError) && e.extra?.name === full;
          if (!missing) throw e;
        }
      }
    });
  }
  return mod;
}

function moduleNotFound(name: string): PyException {
  // importlib's 'No module named {!r}': the name's repr (quotes and escapes as str's).
  const e = newException(ModuleNotFoundError, `No module named ${repr(name)}`);
  e.extra = { name };
  return e;
}

/**
 * Creates built-in module `name` (dotted for a built-in submodule) from the module registry and
 * enters it in sys.modules; undefined when pyvm has no such built-in. A built-in module with
 * built-in submodules is a package (CPython's collections is one): it gets an empty __path__.
 */
function importBuiltin(interp: Interpreter, name: string): PyModule | undefined {
  const factory = moduleRegistry.get(name);
  if (factory === undefined) return undefined;
  const m = factory(interp);
  if (m.__dict__.getStr('__path__') === undefined) {
    for (const k of moduleRegistry.keys()) {
      if (k.startsWith(`${name}.`)) {
        m.__dict__.setStr('__path__', new PyList([]));
        break;
      }
    }
  }
  interp.modules.setStr(name, m);
  return m;
}

/** Imports `name` (dotted, absolute) and its parents; returns the leaf module. */
export function importAbsolute(interp: Interpreter, name: string): PyObject {
  const cached = interp.modules.getStr(name);
  if (cached !== undefined) {
    if (cached === None) throw moduleNotFound(name);
    return cached;
  }
  const dot = name.lastIndexOf('.');
  let parent: PyModule | null = null;
  let searchDirs: string[];
  if (dot >= 0) {
    const p = importAbsolute(interp, name.slice(0, dot));
    // Importing the parent may have entered this module (os sets sys.modules['os.path']).
    const entered = interp.modules.getStr(name);
    if (entered !== undefined && entered !== None) return entered;
    if (!(p instanceof PyModule)) throw moduleNotFound(name);
    parent = p;
    const pp = p.__dict__.getStr('__path__');
    if (!(pp instanceof PyList)) {
      const e = newException(ModuleNotFoundError, `No module named ${repr(name)}; ${repr(name.slice(0, dot))} is not a package`);
      e.extra = { name };
      throw e;
    }
    // A built-in submodule (collections.abc) before the package's directories.
    const m = importBuiltin(interp, name);
    if (m !== undefined) {
      p.__dict__.setStr(name.slice(dot + 1), m);
      return m;
    }
    searchDirs = pp.items.filter((x): x is string => typeof x === 'string');
  } else {
    const m = importBuiltin(interp, name);
    if (m !== undefined) return m;
    const sysPath = interp.sys.__dict__.getStr('path');
    searchDirs = sysPath instanceof PyList ? sysPath.items.filter((x): x is string => typeof x === 'string') : [];
  }
  const leaf = name.slice(dot + 1);
  for (const dir of searchDirs) {
    const pkgInit = path.join(dir, leaf, '__init__.py');
    const file = path.join(dir, `${leaf}.py`);
    let target: string | null = null;
    let isPkg = false;
    if (fs.existsSync(pkgInit)) {
      target = pkgInit;
      isPkg = true;
    } else if (fs.existsSync(pkgInit + 'c')) {
      target = pkgInit + 'c';
      isPkg = true;
    } else if (fs.existsSync(file)) target = file;
    else if (fs.existsSync(file + 'c')) target = file + 'c'; // a sourceless module (CPython imports mod.pyc beside the script)
    else if (fs.existsSync(path.join(dir, leaf)) && fs.statSync(path.join(dir, leaf)).isDirectory()) {
      // A namespace package.
      const m = new PyModule(name);
      m.__dict__.setStr('__path__', new PyList([path.join(dir, leaf)]));
      m.__dict__.setStr('__package__', name);
      interp.modules.setStr(name, m);
      if (parent !== null) parent.__dict__.setStr(leaf, m);
      return m;
    }
    if (target === null) continue;
    if (interp.compileFile === null) throw moduleNotFound(name);
    const m = new PyModule(name);
    const g = m.__dict__;
    g.setStr('__file__', target);
    // The builtins dict, as CPython's imported modules have (only __main__ has the module).
    g.setStr('__builtins__', interp.builtins);
    g.setStr('__package__', isPkg ? name : name.slice(0, Math.max(0, dot)));
    if (isPkg) g.setStr('__path__', new PyList([path.dirname(target)]));
    interp.modules.setStr(name, m);
    try {
      const code = target.endsWith('.pyc')
        ? (require('../frontend/marshal') as typeof import('../frontend/marshal')).loadPyc(fs.readFileSync(target), target)
        : interp.compileFile(target);
      interp.backend.runModuleCode(code, g);
    } catch (e) {
      interp.modules.delete(name);
      throw e;
    }
    const final = interp.modules.getStr(name) ?? m;
    if (parent !== null) parent.__dict__.setStr(leaf, final);
    return final;
  }
  throw moduleNotFound(name);
}

/** IMPORT_FROM */
export function importFrom(interp: Interpreter, mod: PyObject, name: string): PyObject {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const pkgName = mod instanceof PyModule ? mod.__dict__.getStr('__name__') : undefined;
  if (typeof pkgName === 'string') {
    const sub = interp.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
  const file = mod instanceof PyModule ? mod.__dict__.getStr('__file__') : undefined;
  const e = newException(
    ImportError,
    `cannot import name '${name}' from '${modName}' (${typeof file === 'string' ? file : 'unknown location'})`,
  );
  e.extra = { name: modName };
  throw e;
}

/** IMPORT_STAR: public names (or __all__) into the locals mapping. */
export function importStar(mod: PyObject, locals: PyObject): void {
  const all = getAttrOpt(mod, '__all__');
  let names: PyObject[];
  if (all !== undefined) names = toArray(all);
  else {
    const d = mod instanceof PyModule ? mod.__dict__ : (getAttr(mod, '__dict__') as PyDict);
    names = d.keys().filter((k) => typeof k === 'string' && !k.startsWith('_'));
  }
  for (const n of names) {
    if (typeof n !== 'string') raiseTypeError(`Item in ${'__all__'} must be str, not ${typeOf(n).tpName}`);
    const v = getAttr(mod, n);
    if (locals instanceof PyDict) locals.setStr(n, v);
    else callObject(getAttr(locals, '__setitem__'), [n, v], null);
  }
}

void TypeError;
void PyBase;

// builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)
import { addBuiltin } from './function';
import { collectionFlag, TPFLAGS_SEQUENCE, TPFLAGS_MAPPING } from './collection_flags';
addBuiltin('__import__', (a, kw) => {
  const arg = (i: number, k: string, d: PyObject): PyObject => (i < a.length ? a[i] : kw?.get(k) ?? d);
  const name = arg(0, 'name', None);
  // PyImport_ImportModuleLevelObject's checks, in its order.
  if (typeof name !== 'string') raiseTypeError('module name must be a string');
  const g = arg(1, 'globals', None);
  const { currentInterp } = require('./interp') as typeof import('./interp');
  const interp = currentInterp();
  const level = arg(4, 'level', 0);
  if (typeof level === 'number' && level < 0) raiseValueError('level must be >= 0');
  return importModuleLevel(interp, name, g instanceof PyDict ? g : new PyDict(), arg(3, 'fromlist', None), typeof level === 'number' ? level : 0);
});

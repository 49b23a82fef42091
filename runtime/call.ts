// The call protocol (CPython's Objects/call.c) and argument binding (ceval.c's
// initialize_locals), shared by both VMs.
//
// `callObject(f, args, kwargs)` calls anything callable from runtime code. A Python
// function is run by the backend that is executing (interp.backend.callFunction), which
// re-enters its eval loop; the VMs themselves call Python functions without JS recursion
// and use `bindArguments` to fill the new frame's fast locals.
//
// Keyword arguments reach JS-implemented callables as a Map (null when none). The VMs use
// the vectorcall convention for binding: positional values then keyword values in one
// array, with the keyword names alongside.

import { PyObject, PyTuple } from './object';
import { KwArgs, PyType } from './type';
import { typeOf, objectType, typeType } from './types';
import { PyDict } from './dict';
import { raiseTypeError } from './exceptions';
import { PyFunction, PyBuiltinFunction, PyMethod, PyMethodDescriptor } from './function';
import { CO_VARARGS, CO_VARKEYWORDS } from '../frontend/code';
import { currentInterp } from './interp';
import { repr } from './ops';

/**
 * Calls a built-in function (both VMs' CALL use it for a PyBuiltinFunction, as callObject
 * does): the declared argument counts are tested here, where they inline into the caller,
 * and the implementation is called without the checking wrapper. Same results and errors
 * as `f.impl(args, kwargs)`.
 */
export function callBuiltin(f: PyBuiltinFunction, args: PyObject[], kwargs: KwArgs): PyObject {
  const n = args.length;
  if (n < f.minArgs || n > f.maxArgs || (kwargs !== null && f.noKwargs && kwargs.size > 0)) return f.impl(args, kwargs);
  return f.raw(args, kwargs);
}

/**
 * Calls a type (`float(i)`, `C(x)` when a VM cannot run C's __init__ as a frame of its own):
 * the type's vectorcall entry when it has one, else its metaclass's tp_call (type.__call__).
 * What callObject does for a PyType, for callers that already know `t` is one.
 */
export function callType(t: PyType, args: PyObject[], kwargs: KwArgs): PyObject {
  const vc = t.vectorcall;
  if (vc !== null) return vc(args, kwargs);
  const meta = typeOf(t);
  const slot = meta.slots.tp_call;
  if (slot === undefined) raiseTypeError(`'${meta.name}' object is not callable`);
  return slot(t, args, kwargs);
}

/** Calls any callable object (PyObject_Call). */
export function callObject(f: PyObject, args: PyObject[], kwargs: KwArgs): PyObject {
  if (f instanceof PyFunction) return currentInterp().backend.callFunction(f, args, kwargs);
  if (f instanceof PyBuiltinFunction) return callBuiltin(f, args, kwargs);
  // float(i), str(x), tuple(l), range(n): a built-in type's own entry (installVectorcalls).
  if (f instanceof PyType) return callType(f, args, kwargs);
  // A built-in method called with self first (sorted(key=str.lower), callDunder on a
  // built-in type): skip tp_call's subtype check when self's type is exactly the method's.
  if (f instanceof PyMethodDescriptor && args.length > 0 && typeOf(args[0]) === f.objclass) {
    // `key=str.lower`, map(str.strip, lines): the fixed-arity entries (no argument copy).
    if (kwargs === null && args.length <= 2) return args.length === 1 ? f.fast0(args[0]) : f.fast1(args[0], args[1]);
    return f.callWithSelf(args[0], args.slice(1), kwargs);
  }
  if (f instanceof PyMethod) {
    const a = new Array<PyObject>(args.length + 1);
    a[0] = f.self;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return callObject(f.func, a, kwargs);
  }
  const t = typeOf(f);
  const slot = t.slots.tp_call;
  if (slot === undefined) raiseTypeError(`'${t.tpName}' object is not callable`);
  return slot(f, args, kwargs);
}

/**
 * Gives each of `types` (built-in types whose metaclass is `type`) a vectorcall entry that
 * does what type.__call__ does for exactly that type, without its generic steps (callObject's
 * tests, the tp_call slot, the instance checks): tp_new(t, args, kwargs), then tp_init when
 * the type has one other than object's (list(x), dict(...)). A built-in type's attributes are
 * read-only and tp_new of these types returns an instance of the type, so type.__call__'s
 * "is the result an instance" test always passes. The slots are read at each call: they are
 * resolved when an interpreter starts and again after a late registration (types.ts).
 * Types without a tp_new of their own (created by object.__new__) and `type` itself keep the
 * generic path.
 */
export function installVectorcalls(types: readonly PyType[]): void {
  const objectInit = objectType.ownSlots.tp_init;
  for (const t of types) {
    if (t.ownSlots.tp_new === undefined || t === typeType || t.isHeapType || t.ob_type !== typeType) continue;
    t.vectorcall = (args, kwargs) => {
      const slots = t.slots;
      const obj = slots.tp_new!(t, args, kwargs);
      const init = slots.tp_init;
      if (init !== undefined && init !== objectInit) init(obj, args, kwargs);
      return obj;
    };
  }
}

/** Calls with positional arguments only. */
export function call(f: PyObject, ...args: PyObject[]): PyObject {
  return callObject(f, args, null);
}

/** Splits vectorcall-style arguments into positional args and a kwargs Map. */
export function kwargsFromVector(args: PyObject[], nargs: number, kwnames: readonly string[] | null): [PyObject[], KwArgs] {
  if (kwnames === null || kwnames.length === 0) return [nargs === args.length ? args : args.slice(0, nargs), null];
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[nargs + i]);
  return [args.slice(0, nargs), kw];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds a call's arguments to a Python function's fast locals (CPython's initialize_locals).
 * `args` holds the positional values [0, nargs) then the keyword values, named by `kwnames`
 * (or a kwargs Map, for calls from runtime code). `locals` is the new frame's array of
 * co_nlocalsplus slots, all undefined on entry. Raises CPython 3.11's TypeErrors.
 */
export function bindArguments(
  func: PyFunction,
  args: PyObject[],
  nargs: number,
  kwnames: readonly string[] | null,
  kwmap: KwArgs,
  locals: (PyObject | undefined)[],
): void {
  const code = func.code;
  const argcount = code.co_argcount;
  const kwonly = code.co_kwonlyargcount;
  const total = argcount + kwonly;
  const flags = code.co_flags;
  const names = code.co_localsplusnames;
  let kwdict: PyDict | null = null;
  let i = total;
  if (flags & CO_VARARGS) i++;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    locals[i] = kwdict;
  }
  const n = nargs < argcount ? nargs : argcount;
  for (let j = 0; j < n; j++) locals[j] = args[j];
  if (flags & CO_VARARGS) locals[total] = new PyTuple(nargs > n ? args.slice(n, nargs) : []);
  // Keyword arguments.
  const nkw = kwnames !== null ? kwnames.length : 0;
  if (nkw > 0 || (kwmap !== null && kwmap.size > 0)) {
    const posonly = code.co_posonlyargcount;
    const bindOne = (name: string, value: PyObject): void => {
      let idx = -1;
      for (let j = posonly; j < total; j++) {
        if (names[j] === name) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict === null) {
          if (posonly > 0) positionalOnlyAsKeyword(func, names, posonly, kwnames, kwmap);
          raiseTypeError(`${func.qualname}() got an unexpected keyword argument '${name}'`);
        }
        kwdict.setStr(name, value);
        return;
      }
      if (locals[idx] !== undefined) raiseTypeError(`${func.qualname}() got multiple values for argument '${name}'`);
      locals[idx] = value;
    };
    for (let j = 0; j < nkw; j++) bindOne(kwnames![j], args[nargs + j]);
    if (kwmap !== null) for (const [k, v] of kwmap) bindOne(k, v);
  }
  // Too many positional arguments: checked after the keywords, as initialize_locals does, so
  // an unexpected or repeated keyword is the error reported (`f(1, 2, 3, b=4)` for `f(a, b)`
  // is 'got multiple values for argument 'b'').
  if (nargs > argcount && !(flags & CO_VARARGS)) tooManyPositional(func, nargs, locals, kwnames, kwmap);
  // Defaults for missing positional arguments.
  if (nargs < argcount) {
    const defaults = func.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    let missing: string[] | null = null;
    for (let j = nargs; j < argcount; j++) {
      if (locals[j] !== undefined) continue;
      if (j >= firstDefault) locals[j] = defaults![j - firstDefault];
      else (missing ??= []).push(names[j]);
    }
    if (missing !== null) {
      raiseTypeError(
        `${func.qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
      );
    }
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let j = argcount; j < total; j++) {
      if (locals[j] !== undefined) continue;
      const d = func.kwdefaults?.getStr(names[j]);
      if (d !== undefined) locals[j] = d;
      else (missing ??= []).push(names[j]);
    }
    if (missing !== null) {
      raiseTypeError(
        `${func.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
      );
    }
  }
}

/**
 * CPython's positional_only_passed_as_keyword: when a keyword is not a parameter and the code
 * has positional-only parameters, every positional-only name given as a keyword is named, in
 * parameter order. Returns when there is none (the caller raises 'unexpected keyword').
 */
function positionalOnlyAsKeyword(
  func: PyFunction, names: readonly string[], posonly: number, kwnames: readonly string[] | null, kwmap: KwArgs,
): void {
  const given: string[] = [];
  for (let j = 0; j < posonly; j++) {
    const n = names[j];
    if ((kwnames !== null && kwnames.includes(n)) || (kwmap !== null && kwmap.has(n))) given.push(n);
  }
  if (given.length > 0) {
    raiseTypeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${given.join(', ')}'`);
  }
}

function tooManyPositional(
  func: PyFunction,
  given: number,
  locals: (PyObject | undefined)[],
  kwnames: readonly string[] | null,
  kwmap: KwArgs,
): never {
  const code = func.code;
  const argcount = code.co_argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  const names = code.co_localsplusnames;
  for (let j = argcount; j < argcount + code.co_kwonlyargcount; j++) {
    if ((kwnames !== null && kwnames.includes(names[j])) || (kwmap !== null && kwmap.has(names[j]))) kwonlyGiven++;
  }
  void locals;
  const sig = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
  const takes = `${sig} positional argument${ndef === 0 && argcount === 1 ? '' : 's'}`;
  const kwPart = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwonlyGiven, 'keyword-only argument')})` : '';
  const were = kwonlyGiven > 0 ? (given === 1 && kwonlyGiven === 0 ? 'was' : 'were') : given === 1 ? 'was' : 'were';
  raiseTypeError(`${func.qualname}() takes ${takes} but ${given}${kwPart} ${were} given`);
}

void repr;

// Callable and descriptor objects: Python functions, cells, bound methods, built-in functions
// and methods, classmethod/staticmethod/property, getset descriptors, and modules.
// Also the REGISTRATION API through which the runtime library adds methods to built-in
// types and functions to the builtins module without editing the core's files:
//
//   addMethod(listType, 'append', (self, args, kw) => ..., { minArgs: 1, maxArgs: 1 })
//   addClassMethod(dictType, 'fromkeys', (cls, args, kw) => ...)
//   addStaticMethod(strType, 'maketrans', (args, kw) => ...)
//   addGetSet(complexType, 'real', (self) => ..., optionalSetter)
//   addBuiltin('len', (args, kw) => ..., { minArgs: 1, maxArgs: 1 })
//   setSlots(intType, { nb_add: ..., tp_repr: ... })          (runtime/types.ts)
//
// Argument-count checks declared with minArgs/maxArgs produce CPython's messages;
// `noKwargs: true` (the default for methods with declared counts) rejects keywords.

import { PyBase, PyObject, None, PyTuple, NotImplemented } from './object';
import { PyType, KwArgs } from './type';
import {
  functionType, builtinFunctionType, methodDescriptorType, classMethodDescriptorType, getsetDescriptorType,
  methodType, cellType, moduleType, propertyType, staticmethodType, classmethodType, setBuiltinType, typeOf, setSlots, dictType,
} from './types';
import { PyDict, ForeignBuiltins } from './dict';
import { raiseTypeError, raiseAttributeError, raiseValueError, PyException, AttributeError, newException, IndexError } from './exceptions';
import type { CodeObject } from '../frontend/code';
import { callObject } from './call';
import { getAttrOpt, setAttr } from './attr';
import { parseArgs } from './lib_args';

/** A closure cell (CPython's PyCellObject); `contents` undefined = empty. */
export class PyCell extends PyBase {
  constructor(public contents: PyObject | undefined = undefined) {
    super();
  }
}
setBuiltinType(PyCell, cellType);

/** A Python function (CPython's PyFunctionObject). */
export class PyFunction extends PyBase {
  name: string;
  qualname: string;
  module: PyObject;
  doc: PyObject;
  defaults: PyObject[] | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] | null = null;
  annotations: PyDict | null = null;
  /**
   * The stack VM's decoded form of `code` (the same object it caches in code.derived),
   * kept here too so that a call does not pay a Map lookup.
   */
  stackDecoded: unknown = undefined;
  /** The register VM's RegCode of `code` (regvm/eval.ts checks code and pass set), so a call pays no Map lookup. */
  regDecoded: unknown = undefined;
  declare __dict__: PyDict | undefined;
  /**
   * The builtins its frames look names up in (CPython's func_builtins): its globals'
   * `__builtins__` when the function is made, else the maker's (builtinsOfGlobals).
   */
  readonly builtins: PyDict;

  /** `fallbackBuiltins`: the builtins of the frame making it (the interpreter's outside one). */
  constructor(public code: CodeObject, public globals: PyDict, fallbackBuiltins: PyDict) {
    super();
    this.builtins = builtinsOfGlobals(globals, fallbackBuiltins);
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    const m = globals.getStr('__name__');
    this.module = m === undefined ? None : m;
    const c0 = code.co_consts.length > 0 ? code.co_consts[0] : None;
    this.doc = typeof c0 === 'string' ? c0 : None;
  }
}
setBuiltinType(PyFunction, functionType);

/** A bound method (CPython's PyMethodObject): a callable with `self` prepended to its arguments. */
export class PyMethod extends PyBase {
  constructor(public readonly func: PyObject, public readonly self: PyObject) {
    super();
  }
}
setBuiltinType(PyMethod, methodType);

/** A JS-implemented function: `impl(args, kwargs)`. */
export type BuiltinImpl = (args: PyObject[], kwargs: KwArgs) => PyObject;
/** A JS-implemented method: `impl(self, args, kwargs)` (self already type-checked). */
export type MethodImpl = (self: PyObject, args: PyObject[], kwargs: KwArgs) => PyObject;

export interface ArgSpec {
  minArgs?: number;
  maxArgs?: number;
  /** Reject keyword arguments (default: true when minArgs/maxArgs are given). */
  noKwargs?: boolean;
  /**
   * A slot wrapper's messages (typeobject.c's wrap_* functions): "expected 1 argument, got 0"
   * without a name from check_num_args, " expected at most 2 arguments, got 3" (an empty name)
   * from PyArg_UnpackTuple where two arguments are allowed, "wrapper f() takes no keyword arguments".
   */
  slotWrapper?: boolean;
  doc?: string;
}

/**
 * Checks the argument count declared in `spec`, raising CPython's TypeError messages.
 * `fullName` names the function in the messages CPython builds from the function object
 * (no keywords, no arguments, exactly one: `math.floor()`, module-qualified); the counted
 * messages ("expected at most") use the bare `displayName`.
 */
export function checkArgs(displayName: string, args: PyObject[], kwargs: KwArgs, spec: ArgSpec, fullName = displayName): void {
  const n = args.length;
  const { minArgs, maxArgs } = spec;
  const noKw = spec.noKwargs ?? (minArgs !== undefined || maxArgs !== undefined);
  if (spec.slotWrapper === true) checkSlotWrapperArgs(displayName, n, kwargs, noKw, minArgs ?? 0, maxArgs ?? Infinity);
  if (noKw && kwargs !== null && kwargs.size > 0) raiseTypeError(`${fullName}() takes no keyword arguments`);
  if (maxArgs === 0 && n > 0) raiseTypeError(`${fullName}() takes no arguments (${n} given)`);
  if (minArgs === 1 && maxArgs === 1 && n !== 1) raiseTypeError(`${fullName}() takes exactly one argument (${n} given)`);
  // A fixed count (_PyArg_CheckPositional with min == max): neither "at least" nor "at most".
  if (minArgs !== undefined && minArgs === maxArgs && n !== minArgs) {
    raiseTypeError(`${displayName} expected ${minArgs} argument${minArgs === 1 ? '' : 's'}, got ${n}`);
  }
  if (minArgs !== undefined && n < minArgs) {
    raiseTypeError(`${displayName} expected at least ${minArgs} argument${minArgs === 1 ? '' : 's'}, got ${n}`);
  }
  if (maxArgs !== undefined && n > maxArgs) {
    raiseTypeError(`${displayName} expected at most ${maxArgs} argument${maxArgs === 1 ? '' : 's'}, got ${n}`);
  }
}

function checkSlotWrapperArgs(displayName: string, n: number, kwargs: KwArgs, noKw: boolean, min: number, max: number): void {
  const bare = displayName.slice(displayName.lastIndexOf('.') + 1);
  if (noKw && kwargs !== null && kwargs.size > 0) raiseTypeError(`wrapper ${bare}() takes no keyword arguments`);
  if (n >= min && n <= max) return;
  const plural = (k: number): string => (k === 1 ? '' : 's');
  if (max === 2) {
    // PyArg_UnpackTuple(args, "", min, 2, ...): the empty name leaves a leading space.
    if (n < min) raiseTypeError(` expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
    raiseTypeError(` expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
  }
  const want = n < min ? min : max;
  raiseTypeError(`expected ${want} argument${plural(want)}, got ${n}`);
}

/**
 * A built-in function, or a built-in method bound to `self` (CPython's PyCFunctionObject).
 *
 * Two entry points with the same behaviour: `impl(args, kwargs)` checks the declared argument
 * counts itself (any caller may use it), while runtime/call.ts `callBuiltin` tests the counts
 * kept here (`minArgs`, `maxArgs`, `noKwargs`) inline and calls `raw`, the unchecked function:
 * one indirect call per built-in call instead of two (the checking wrapper is one closure
 * shared by every built-in, so its inner call site sees every implementation).
 */
export class PyBuiltinFunction extends PyBase {
  /** The implementation without the argument-count check (impl itself when nothing is declared). */
  raw: BuiltinImpl;
  /** Fewest positional arguments accepted without a TypeError (0 when not declared). */
  minArgs = 0;
  /** Most positional arguments accepted (a large number when not declared). */
  maxArgs = NO_MAX;
  /** Keyword arguments raise (declared by the spec). */
  noKwargs = false;
  /**
   * Fixed-arity entries: `f(a)` and `f(a, b)` with positional arguments only, as the loops'
   * CALL calls them (no argument array). A hot built-in has its own (setBuiltinFixedArity);
   * every other has the shared ones, which build the array and check the counts.
   */
  fast1: (this: PyBuiltinFunction, a: PyObject) => PyObject = builtinCall1;
  fast2: (this: PyBuiltinFunction, a: PyObject, b: PyObject) => PyObject = builtinCall2;
  constructor(
    public readonly name: string,
    public readonly impl: BuiltinImpl,
    /** The bound object for a bound built-in method (`[].append`), else undefined. */
    public readonly self: PyObject | undefined = undefined,
    public readonly qualname: string = name,
    public readonly doc: string | null = null,
  ) {
    super();
    this.raw = impl;
  }
}

function builtinCall1(this: PyBuiltinFunction, a: PyObject): PyObject {
  return 1 < this.minArgs || 1 > this.maxArgs ? this.impl([a], null) : this.raw([a], null);
}
function builtinCall2(this: PyBuiltinFunction, a: PyObject, b: PyObject): PyObject {
  return 2 < this.minArgs || 2 > this.maxArgs ? this.impl([a, b], null) : this.raw([a, b], null);
}

/**
 * Gives a built-in function its own fixed-arity entries (PyBuiltinFunction fast1/fast2): each
 * must do exactly what the function does for that many positional arguments.
 */
export function setBuiltinFixedArity(
  f: PyBuiltinFunction,
  entries: { f1?: (a: PyObject) => PyObject; f2?: (a: PyObject, b: PyObject) => PyObject },
): void {
  if (entries.f1 !== undefined) f.fast1 = entries.f1;
  if (entries.f2 !== undefined) f.fast2 = entries.f2;
}

/** maxArgs of a built-in without a declared maximum (a Smi, so the comparison stays integer). */
const NO_MAX = 0x3fffffff;

/**
 * The counts `spec` declares, as numbers for the inline tests of callBuiltin and callWithSelf:
 * checkArgs's rules (keywords are refused by default once a count is declared).
 */
function declaredCounts(spec: ArgSpec): { minArgs: number; maxArgs: number; noKwargs: boolean } {
  return {
    minArgs: spec.minArgs ?? 0,
    maxArgs: spec.maxArgs ?? NO_MAX,
    noKwargs: spec.noKwargs ?? (spec.minArgs !== undefined || spec.maxArgs !== undefined),
  };
}

/**
 * Makes a PyBuiltinFunction whose counts are declared by `spec`: `impl` checks them (with
 * CPython's messages) then calls `fn`; `raw` is `fn` with the counts on the object.
 */
function checkedBuiltin(name: string, fn: BuiltinImpl, spec: ArgSpec, qualname: string, fullName = name): PyBuiltinFunction {
  if (spec.minArgs === undefined && spec.maxArgs === undefined && !spec.noKwargs) {
    return new PyBuiltinFunction(name, fn, undefined, qualname, spec.doc ?? null);
  }
  const { minArgs: min, maxArgs: max, noKwargs: noKw } = declaredCounts(spec);
  const checked: BuiltinImpl = (args, kw) => {
    const n = args.length;
    // The counts inline; checkArgs (which builds the messages) only for an error.
    if (n < min || n > max || (noKw && kw !== null && kw.size > 0)) checkArgs(name, args, kw, spec, fullName);
    return fn(args, kw);
  };
  const f = new PyBuiltinFunction(name, checked, undefined, qualname, spec.doc ?? null);
  f.raw = fn;
  f.minArgs = min;
  f.maxArgs = max;
  f.noKwargs = noKw;
  return f;
}
setBuiltinType(PyBuiltinFunction, builtinFunctionType);

/**
 * A method of a built-in type, as found in the type's dict (`list.append`).
 *
 * The declared argument counts are kept as numbers on the descriptor (`minArgs`, `maxArgs`,
 * `noKwargs`) so that callWithSelf tests them without reading the spec object (whose shape
 * differs from method to method), then calls `raw`. A method registered with its own checking
 * wrapper (lib_args.ts addLibMethod, for its messages) passes the wrapper as `impl` and the
 * unchecked function as `raw`: the wrapper runs only when the counts are wrong, to raise.
 */
export class PyMethodDescriptor extends PyBase {
  /** The implementation without argument checks (impl itself unless given). */
  raw: MethodImpl;
  minArgs: number;
  maxArgs: number;
  noKwargs: boolean;
  constructor(
    public readonly objclass: PyType,
    public readonly name: string,
    public readonly impl: MethodImpl,
    public readonly spec: ArgSpec,
    counts?: { raw: MethodImpl; minArgs: number; maxArgs: number; noKwargs: boolean },
  ) {
    super();
    if (counts !== undefined) {
      this.raw = counts.raw;
      this.minArgs = counts.minArgs;
      this.maxArgs = counts.maxArgs;
      this.noKwargs = counts.noKwargs;
    } else {
      const c = declaredCounts(spec);
      this.raw = impl;
      this.minArgs = c.minArgs;
      this.maxArgs = c.maxArgs;
      this.noKwargs = c.noKwargs;
    }
  }
  /** Calls the method on `self` (already checked to be an instance of objclass). */
  callWithSelf(self: PyObject, args: PyObject[], kwargs: KwArgs): PyObject {
    const n = args.length;
    if (n < this.minArgs || n > this.maxArgs || (kwargs !== null && this.noKwargs && kwargs.size > 0)) {
      // Wrong counts: the checking wrapper raises its own message, else checkArgs does.
      if (this.impl !== this.raw) return this.impl(self, args, kwargs);
      checkArgs(`${this.objclass.name}.${this.name}`, args, kwargs, this.spec);
    }
    return this.raw(self, args, kwargs);
  }
  /**
   * Fixed-arity entries: `self.name()`, `self.name(a)`, `self.name(a, b)` (positional
   * arguments only) for any self, as a method found by LOAD_METHOD on type(self)'s MRO; the
   * loops' CALL calls them as `m.fast1(self, a)` for 0-2 positional arguments without keywords.
   * A hot method (l.append(x), d.get(k), l.pop()) has its own for self of exactly objclass
   * (setFixedArity: no argument array, count tests or `args[i]` loads); every other method, and
   * every other self, has the shared ones below, which go through callOn (its self check, count
   * checks and messages). Never null, so the loops make one call, which V8 does not inline as a whole
   * (the eval loops' inlining budget is full: session 7).
   */
  fast0: (this: PyMethodDescriptor, self: PyObject) => PyObject = genericCall0;
  fast1: (this: PyMethodDescriptor, self: PyObject, a: PyObject) => PyObject = genericCall1;
  fast2: (this: PyMethodDescriptor, self: PyObject, a: PyObject, b: PyObject) => PyObject = genericCall2;
  /**
   * The same entries for a caller that has already tested type(self) is objclass exactly (the
   * stack VM's CALL): a hot method's own function itself (setFixedArity), without fast0-2's
   * wrapper, whose type test repeats the caller's and whose inner call is a second indirect
   * call (one wrapper code for every method, so V8 inlines neither call). The shared ones
   * otherwise.
   */
  exact0: (this: PyMethodDescriptor, self: PyObject) => PyObject = genericCall0;
  exact1: (this: PyMethodDescriptor, self: PyObject, a: PyObject) => PyObject = genericCall1;
  exact2: (this: PyMethodDescriptor, self: PyObject, a: PyObject, b: PyObject) => PyObject = genericCall2;
  checkSelf(self: PyObject): void {
    const t = typeOf(self);
    if (t !== this.objclass && !t.isSubtypeOf(this.objclass)) {
      raiseTypeError(
        `descriptor '${this.name}' for '${this.objclass.tpName}' objects doesn't apply to a '${t.tpName}' object`,
      );
    }
  }
  /**
   * The method on `self` as LOAD_METHOD found it on type(self)'s MRO: self is checked, because
   * the descriptor may be another type's (`class C: append = list.append`), as CPython's
   * method_vectorcall checks it when the call is made, after the arguments.
   */
  callOn(self: PyObject, args: PyObject[], kwargs: KwArgs): PyObject {
    this.checkSelf(self);
    return this.callWithSelf(self, args, kwargs);
  }
}
setBuiltinType(PyMethodDescriptor, methodDescriptorType);

// PyMethodDescriptor's fixed-arity entries for a method without its own, and for a self its own
// entries do not take (called with `this` the descriptor).
function genericCall0(this: PyMethodDescriptor, self: PyObject): PyObject {
  return this.callOn(self, [], null);
}
function genericCall1(this: PyMethodDescriptor, self: PyObject, a: PyObject): PyObject {
  return this.callOn(self, [a], null);
}
function genericCall2(this: PyMethodDescriptor, self: PyObject, a: PyObject, b: PyObject): PyObject {
  return this.callOn(self, [a, b], null);
}

/** A classmethod of a built-in type (`dict.fromkeys`): binds the class. */
export class PyClassMethodDescriptor extends PyBase {
  constructor(public readonly objclass: PyType, public readonly name: string, public readonly impl: MethodImpl) {
    super();
  }
}
setBuiltinType(PyClassMethodDescriptor, classMethodDescriptorType);

/** A computed attribute of a built-in type (`complex.real`, `BaseException.args`). */
export class PyGetSetDescriptor extends PyBase {
  constructor(
    public readonly objclass: PyType,
    public readonly name: string,
    public readonly get: (self: PyObject) => PyObject,
    public readonly set: ((self: PyObject, value: PyObject | undefined) => void) | null,
  ) {
    super();
  }
}
setBuiltinType(PyGetSetDescriptor, getsetDescriptorType);

/** classmethod(f) */
export class PyClassMethod extends PyBase {
  declare __dict__: PyDict | undefined;
  constructor(public callable: PyObject) {
    super();
  }
}
setBuiltinType(PyClassMethod, classmethodType);

/** staticmethod(f) */
export class PyStaticMethod extends PyBase {
  declare __dict__: PyDict | undefined;
  constructor(public callable: PyObject) {
    super();
  }
}
setBuiltinType(PyStaticMethod, staticmethodType);

/** property(fget, fset, fdel, doc) */
export class PyProperty extends PyBase {
  declare __dict__: PyDict | undefined;
  /** The attribute name, learnt through __set_name__ (for CPython 3.11's error messages). */
  name: string | null = null;
  /** The docstring came from fget (a copy made by getter() takes the new getter's). */
  getterDoc = false;
  constructor(
    public fget: PyObject,
    public fset: PyObject,
    public fdel: PyObject,
    public doc: PyObject,
  ) {
    super();
  }
}
setBuiltinType(PyProperty, propertyType);

/** A module object. */
export class PyModule extends PyBase {
  declare __dict__: PyDict;
  /** How a module without __file__ was made, for its repr: pyvm's own ('built-in'), Python source inside pyvm ('frozen'), or neither (null: `types.ModuleType(name)`). */
  origin: 'built-in' | 'frozen' | null = null;
  constructor(public readonly name: string, dict?: PyDict) {
    super();
    this.__dict__ = dict ?? new PyDict();
    if (dict === undefined) {
      this.__dict__.setStr('__name__', name);
      this.__dict__.setStr('__doc__', None);
    }
  }
}
setBuiltinType(PyModule, moduleType);
// types.ModuleType(name, doc=None): module_init's fresh namespace.
setSlots(moduleType, {
  tp_new: (t, args, kwargs) => {
    const name = args[0] ?? kwargs?.get('name');
    if (name === undefined) raiseTypeError("module() missing required argument 'name' (pos 1)");
    if (typeof name !== 'string') raiseTypeError(`module() argument 'name' must be str, not ${typeOf(name).tpName}`);
    const m = new PyModule(name);
    if (t !== moduleType) m.ob_type = t;
    const d = m.__dict__;
    d.setStr('__doc__', args[1] ?? kwargs?.get('doc') ?? None);
    for (const k of ['__package__', '__loader__', '__spec__']) d.setStr(k, None);
    return m;
  },
  // module_repr: where the module came from, as importlib's _module_repr says it.
  tp_repr: (mv) => {
    const m = mv as PyModule;
    const n = m.__dict__.getStr('__name__');
    const name = reprHook(typeof n === 'string' ? n : '?');
    const file = m.__dict__.getStr('__file__');
    if (typeof file === 'string') return `<module ${name} from ${reprHook(file)}>`;
    return m.origin === null ? `<module ${name}>` : `<module ${name} (${m.origin})>`;
  },
});

// module.__dir__ (module_dir): the namespace's own __dir__ function when it has one (PEP 562,
// a module-level `def __dir__()`), else the namespace's keys, unsorted (dir() sorts them).
// Without it, dir(module) fell back to object.__dir__ and listed object's methods too.
addMethod(moduleType, '__dir__', (self) => {
  const own = (self as PyModule).__dict__.getStr('__dir__');
  if (own !== undefined) return callObject(own, [], null);
  const { PyList } = require('./containers') as typeof import('./containers');
  return new PyList(moduleDirNames(self as PyModule));
}, { minArgs: 0, maxArgs: 0 });

/** A module's names for dir(): its namespace's keys, and __spec__ and __loader__, which an imported module has from its first use on (runtime/attr.ts moduleSpecAttr). */
export function moduleDirNames(m: PyModule): PyObject[] {
  const d = m.__dict__;
  const names = d.keys();
  for (const k of ['__loader__', '__spec__']) if (!d.has(k)) names.push(k);
  return names;
}

// ---------------------------------------------------------------------------------------------
// Registration API (used by the runtime library)

/** Adds a method to a built-in type's dict. */
export function addMethod(t: PyType, name: string, impl: MethodImpl, spec: ArgSpec = {}): void {
  t.dict.set(name, new PyMethodDescriptor(t, name, impl, spec));
  t.modified();
}

/**
 * Adds a method whose `checked` implementation tests the argument counts itself (raising
 * its own messages) and `raw` does not: calls with counts in [minArgs, maxArgs] and, when
 * `noKwargs`, no keywords, go straight to `raw` (PyMethodDescriptor.callWithSelf).
 */
export function addCheckedMethod(
  t: PyType,
  name: string,
  checked: MethodImpl,
  raw: MethodImpl,
  minArgs: number,
  maxArgs: number,
  noKwargs: boolean,
): void {
  const max = maxArgs === Infinity ? NO_MAX : maxArgs;
  t.dict.set(name, new PyMethodDescriptor(t, name, checked, {}, { raw, minArgs, maxArgs: max, noKwargs }));
  t.modified();
}

/**
 * Gives the built-in method `t.name` (already added) fixed-arity entries (PyMethodDescriptor
 * fast0/fast1/fast2). Each must do exactly what the method does for that many positional
 * arguments, for self of type t exactly (the only self it is given); it is called with `this`
 * the descriptor (this.callWithSelf for the cases it leaves to the method).
 */
export function setFixedArity(
  t: PyType,
  name: string,
  entries: {
    f0?: (this: PyMethodDescriptor, self: PyObject) => PyObject;
    f1?: (this: PyMethodDescriptor, self: PyObject, a: PyObject) => PyObject;
    f2?: (this: PyMethodDescriptor, self: PyObject, a: PyObject, b: PyObject) => PyObject;
  },
): void {
  const m = t.dict.get(name);
  if (!(m instanceof PyMethodDescriptor)) throw new Error(`setFixedArity: ${t.name}.${name} is not a built-in method`);
  // Each entry runs for self of type t exactly; anything else (a subclass's instance, or another
  // class's instance when the descriptor is stored on that class: `class C: append = list.append`)
  // goes through callOn's self check, as CPython's method_vectorcall checks self. The object
  // case of typeOf is written out: `typeOf(self) === t` alone measured json_codec 4-5% slower.
  const { f0, f1, f2 } = entries;
  if (f0 !== undefined) {
    m.exact0 = f0;
    m.fast0 = function (self) {
      return (typeof self === 'object' ? self.ob_type : typeOf(self)) === t ? f0.call(this, self) : genericCall0.call(this, self);
    };
  }
  if (f1 !== undefined) {
    m.exact1 = f1;
    m.fast1 = function (self, a) {
      return (typeof self === 'object' ? self.ob_type : typeOf(self)) === t ? f1.call(this, self, a) : genericCall1.call(this, self, a);
    };
  }
  if (f2 !== undefined) {
    m.exact2 = f2;
    m.fast2 = function (self, a, b) {
      return (typeof self === 'object' ? self.ob_type : typeOf(self)) === t ? f2.call(this, self, a, b) : genericCall2.call(this, self, a, b);
    };
  }
}

/** Adds a classmethod to a built-in type (`impl(cls, args, kwargs)`). */
export function addClassMethod(t: PyType, name: string, impl: MethodImpl): void {
  t.dict.set(name, new PyClassMethodDescriptor(t, name, impl));
  t.modified();
}

/** Adds a staticmethod to a built-in type. */
export function addStaticMethod(t: PyType, name: string, impl: BuiltinImpl): void {
  t.dict.set(name, new PyStaticMethod(new PyBuiltinFunction(name, impl)));
  t.modified();
}

/** Adds a computed attribute to a built-in type. A null setter makes it read-only. */
export function addGetSet(
  t: PyType,
  name: string,
  get: (self: PyObject) => PyObject,
  set: ((self: PyObject, value: PyObject | undefined) => void) | null = null,
): void {
  t.dict.set(name, new PyGetSetDescriptor(t, name, get, set));
  t.modified();
}

/** Adds a plain class attribute (a constant) to a built-in type. */
export function addTypeAttr(t: PyType, name: string, value: PyObject): void {
  t.dict.set(name, value);
  t.modified();
}

/**
 * __module__ of the built-in functions that have one (CPython's m_module): set when made by
 * makeBuiltinFunction with a module-qualified name, addBuiltin ('builtins') or
 * setBuiltinModule, or assigned by the program. Kept beside the objects, not on them, so
 * PyBuiltinFunction (called by the loops) keeps its shape; read only by the __module__ getter.
 */
const builtinModules = new WeakMap<PyBuiltinFunction, PyObject>();

/** Everything registered for the builtins module; copied into each new interpreter. */
export const builtinsRegistry: Map<string, PyObject> = new Map();

/**
 * The order of CPython 3.11's builtins dict (`list(builtins.__dict__)` after site, less the
 * module attributes). It is observable: "Did you mean" takes the first closest name in
 * dict order (`rint` -> 'print' before 'int'), and dir-free iteration of the dict shows it.
 */
const CPYTHON_BUILTINS_ORDER: readonly string[] = [
  '__build_class__', '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'breakpoint', 'callable',
  'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals',
  'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'aiter', 'len',
  'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow', 'print', 'repr', 'round',
  'setattr', 'sorted', 'sum', 'vars', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True',
  'bool', 'memoryview', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate',
  'filter', 'float', 'frozenset', 'property', 'int', 'list', 'map', 'object', 'range', 'reversed',
  'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip', '__debug__',
  'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit', 'KeyboardInterrupt',
  'SystemExit', 'ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError',
  'ImportError', 'LookupError', 'MemoryError', 'NameError', 'OSError', 'ReferenceError',
  'RuntimeError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'TypeError',
  'ValueError', 'Warning', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
  'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning',
  'UnicodeWarning', 'UserWarning', 'BlockingIOError', 'ChildProcessError', 'ConnectionError',
  'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError',
  'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
  'IndentationError', 'IndexError', 'KeyError', 'ModuleNotFoundError', 'NotImplementedError',
  'RecursionError', 'UnboundLocalError', 'UnicodeError', 'BrokenPipeError',
  'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError',
  'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'ExceptionGroup',
  'EnvironmentError', 'IOError', 'open', 'quit', 'exit', 'copyright', 'credits', 'license', 'help',
];

/** The registered builtins in CPython's dict order; names CPython lacks (or pyvm adds) after them. */
export function builtinsInDictOrder(): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  for (const name of CPYTHON_BUILTINS_ORDER) {
    const v = builtinsRegistry.get(name);
    if (v !== undefined) out.push([name, v]);
  }
  const known = new Set(CPYTHON_BUILTINS_ORDER);
  for (const [name, v] of builtinsRegistry) if (!known.has(name)) out.push([name, v]);
  return out;
}

/** Adds a function to the builtins module. */
export function addBuiltin(name: string, impl: BuiltinImpl, spec: ArgSpec = {}): PyBuiltinFunction {
  const f = checkedBuiltin(name, impl, spec, name);
  builtinsRegistry.set(name, f);
  builtinModules.set(f, 'builtins');
  return f;
}

/** Adds any object (a type, a constant) to the builtins module. */
export function addBuiltinObject(name: string, value: PyObject): void {
  builtinsRegistry.set(name, value);
}

/**
 * Makes a free-standing built-in function (for modules). `fullName` is the name CPython's
 * argument errors give it (`math.floor`; runtime/modules/module_util.ts).
 */
export function makeBuiltinFunction(name: string, impl: BuiltinImpl, spec: ArgSpec = {}, qualname = name, fullName = name): PyBuiltinFunction {
  const f = checkedBuiltin(name, impl, spec, qualname, fullName);
  // A module's function (defineModule's `module.name`, CPython's C module: `_operator.add`)
  // has that module as its __module__.
  const dot = fullName.lastIndexOf('.');
  if (fullName !== name && dot > 0) builtinModules.set(f, fullName.slice(0, dot));
  return f;
}

/** Sets the __module__ of built-in function `f` (a module's function made without its module name). */
export function setBuiltinModule(f: PyBuiltinFunction, module: string): void {
  builtinModules.set(f, module);
}

// ---------------------------------------------------------------------------------------------
// Slots of the callables and descriptors above

setSlots(functionType, {
  // types.FunctionType(code, globals, name=None, argdefs=None, closure=None): CPython's
  // func_new, with its argument checks in its order and its messages.
  tp_new: (_t, args, kw) => {
    const names = ['code', 'globals', 'name', 'argdefs', 'closure'];
    if (args.length > names.length) raiseTypeError(`function() takes at most 5 arguments (${args.length} given)`);
    const given: (PyObject | undefined)[] = [args[0], args[1], args[2], args[3], args[4]];
    if (kw !== null) {
      for (const [k, v] of kw) {
        const i = names.indexOf(k);
        if (i < 0) raiseTypeError(`'${k}' is an invalid keyword argument for function()`);
        if (given[i] !== undefined) raiseTypeError(`argument for function() given by name ('${k}') and position (${i + 1})`);
        given[i] = v;
      }
    }
    for (let i = 0; i < 2; i++) {
      if (given[i] === undefined) raiseTypeError(`function() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    const [code, globals] = given as [PyObject, PyObject];
    const name = given[2] ?? None;
    const defaults = given[3] ?? None;
    const closure = given[4] ?? None;
    if (!(code instanceof CodeObjectClass)) raiseTypeError(`function() argument 'code' must be code, not ${typeOf(code).tpName}`);
    if (!(globals instanceof PyDict)) raiseTypeError(`function() argument 'globals' must be dict, not ${typeOf(globals).tpName}`);
    if (name !== None && typeof name !== 'string') raiseTypeError('arg 3 (name) must be None or string');
    if (defaults !== None && !(defaults instanceof PyTuple)) raiseTypeError('arg 4 (defaults) must be None or tuple');
    const nfree = code.co_freevars.length;
    if (!(closure instanceof PyTuple)) {
      if (nfree > 0 && closure === None) raiseTypeError('arg 5 (closure) must be tuple');
      if (closure !== None) raiseTypeError('arg 5 (closure) must be None or tuple');
    }
    const cells = closure instanceof PyTuple ? closure.items : [];
    if (cells.length !== nfree) raiseValueError(`${code.co_name} requires closure of length ${nfree}, not ${cells.length}`);
    for (const c of cells) {
      if (!(c instanceof PyCell)) raiseTypeError(`arg 5 (closure) expected cell, found ${typeOf(c).tpName}`);
    }
    const { currentInterp } = require('./interp') as typeof import('./interp');
    const f = new PyFunction(code, globals, currentInterp().builtins);
    if (typeof name === 'string') f.name = name;
    if (defaults instanceof PyTuple) f.defaults = defaults.items;
    if (closure instanceof PyTuple) f.closure = cells as PyCell[];
    return f;
  },
  tp_descr_get: (f, obj) => (obj === undefined ? f : new PyMethod(f, obj)),
  tp_call: (f, args, kw) => callObject(f, args, kw),
  tp_repr: (f) => `<function ${(f as PyFunction).qualname} at ${addressOf(f)}>`,
});
setSlots(methodType, {
  // types.MethodType(func, obj): a bound method made by hand (weakref.WeakMethod does).
  tp_new: (_t, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError('method() takes no keyword arguments');
    if (args.length !== 2) raiseTypeError(`method expected 2 arguments, got ${args.length}`);
    const f = args[0];
    if (typeOf(f).slots.tp_call === undefined && !(f instanceof PyBuiltinFunction) && !(f instanceof PyType)) {
      raiseTypeError('first argument must be callable');
    }
    if (args[1] === None) raiseTypeError('instance must not be None');
    return new PyMethod(f, args[1]);
  },
  tp_call: (m, args, kw) => callObject(m, args, kw),
  tp_repr: (m) => {
    const mm = m as PyMethod;
    const f = mm.func;
    const qn = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltinFunction ? f.qualname : '?';
    return `<bound method ${qn} of ${reprHook(mm.self)}>`;
  },
  tp_richcompare: (a, b, op) => {
    if (!(b instanceof PyMethod) || (op !== 2 && op !== 3)) return NotImplemented;
    const eq = (a as PyMethod).func === b.func && (a as PyMethod).self === b.self;
    return op === 2 ? eq : !eq;
  },
  tp_hash: (m) => identityHash((m as PyMethod).func) ^ identityHash((m as PyMethod).self),
});
setSlots(builtinFunctionType, {
  tp_call: (f, args, kw) => callObject(f, args, kw),
  tp_repr: (f) => {
    const b = f as PyBuiltinFunction;
    if (b.self === undefined) return `<built-in function ${b.name}>`;
    return `<built-in method ${b.name} of ${typeOf(b.self).tpName} object at ${addressOf(b.self)}>`;
  },
});
setSlots(methodDescriptorType, {
  tp_descr_get: (d, obj) => {
    const md = d as PyMethodDescriptor;
    if (obj === undefined) return d;
    md.checkSelf(obj);
    return new PyBuiltinFunction(md.name, (args, kw) => md.callWithSelf(obj, args, kw), obj, `${md.objclass.name}.${md.name}`);
  },
  tp_call: (d, args, kw) => {
    const md = d as PyMethodDescriptor;
    if (args.length === 0) raiseTypeError(`unbound method ${md.objclass.name}.${md.name}() needs an argument`);
    md.checkSelf(args[0]);
    return md.callWithSelf(args[0], args.slice(1), kw);
  },
  tp_repr: (d) => `<method '${(d as PyMethodDescriptor).name}' of '${(d as PyMethodDescriptor).objclass.name}' objects>`,
});
setSlots(classMethodDescriptorType, {
  tp_descr_get: (d, obj, type) => {
    const cd = d as PyClassMethodDescriptor;
    const cls = obj === undefined ? type : typeOf(obj);
    return new PyBuiltinFunction(cd.name, (args, kw) => cd.impl(cls, args, kw), cls, `${cd.objclass.name}.${cd.name}`);
  },
});
setSlots(getsetDescriptorType, {
  tp_descr_get: (d, obj) => (obj === undefined ? d : (d as PyGetSetDescriptor).get(obj)),
  tp_descr_set: (d, obj, value) => {
    const gd = d as PyGetSetDescriptor;
    if (gd.set === null) {
      raiseAttributeError(`attribute '${gd.name}' of '${gd.objclass.name}' objects is not writable`);
    }
    gd.set(obj, value);
  },
  tp_repr: (d) => `<attribute '${(d as PyGetSetDescriptor).name}' of '${(d as PyGetSetDescriptor).objclass.name}' objects>`,
});
/** cm_init/sm_init's argument checks (_PyArg_NoKeywords, PyArg_UnpackTuple(args, name, 1, 1)); the callable. */
function wrapperInitArg(name: string, args: PyObject[], kw: KwArgs): PyObject {
  if (kw !== null && kw.size > 0) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

/**
 * functools_wraps (CPython 3.10+, Objects/funcobject.c): classmethod(f) and staticmethod(f)
 * copy f's __module__, __name__, __qualname__, __doc__ and __annotations__ into their own
 * __dict__ (each that f has: an AttributeError skips it), as functools.wraps does.
 */
function functoolsWraps(wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = getAttrOpt(wrapped, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
}

setSlots(classmethodType, {
  tp_descr_get: (d, obj, type) => {
    const f = (d as PyClassMethod).callable;
    const cls = obj === undefined ? type : typeOf(obj);
    if (f instanceof PyFunction) return new PyMethod(f, cls);
    // A wrapped descriptor is bound to the class (cm_descr_get: classmethod(property(...))).
    const get = typeOf(f).slots.tp_descr_get;
    return get !== undefined ? get(f, cls, cls) : new PyMethod(f, cls);
  },
  tp_new: (t, args) => asSubtypeInstance(new PyClassMethod(args[0] ?? None), t),
  tp_init: (self, args, kw) => {
    (self as PyClassMethod).callable = wrapperInitArg('classmethod', args, kw);
    functoolsWraps(self, args[0]);
  },
});
setSlots(staticmethodType, {
  tp_descr_get: (d) => (d as PyStaticMethod).callable,
  tp_call: (d, args, kw) => callObject((d as PyStaticMethod).callable, args, kw),
  tp_new: (t, args) => asSubtypeInstance(new PyStaticMethod(args[0] ?? None), t),
  tp_init: (self, args, kw) => {
    (self as PyStaticMethod).callable = wrapperInitArg('staticmethod', args, kw);
    functoolsWraps(self, args[0]);
  },
});
setSlots(propertyType, {
  tp_descr_get: (d, obj) => {
    const p = d as PyProperty;
    if (obj === undefined) return d;
    if (p.fget === None) {
      throw propertyError(p, obj, 'getter');
    }
    return callObject(p.fget, [obj], null);
  },
  tp_descr_set: (d, obj, value) => {
    const p = d as PyProperty;
    if (value === undefined) {
      if (p.fdel === None) throw propertyError(p, obj, 'deleter');
      callObject(p.fdel, [obj], null);
    } else {
      if (p.fset === None) throw propertyError(p, obj, 'setter');
      callObject(p.fset, [obj, value], null);
    }
  },
  // As CPython's: property.__new__ makes an empty property, __init__ (property_init) fills it,
  // so a subclass's __init__ can call super().__init__(fget, ...).
  tp_new: (t) => asSubtypeInstance(new PyProperty(None, None, None, None), t),
  tp_init: (self, args, kw) => {
    const [fget, fset, fdel, doc] = parseArgs(PROPERTY_ARGS, args, kw);
    propertyInit(self as PyProperty, fget ?? None, fset ?? None, fdel ?? None, doc ?? None);
  },
});
const PROPERTY_ARGS = { fname: 'property', names: ['fget', 'fset', 'fdel', 'doc'], required: 0 };

/**
 * property_init: a docstring not given is fget's __doc__ (getterDoc). A subclass instance keeps
 * its docstring in its own __dict__, since the subclass's own __doc__ (None or its docstring)
 * would hide property's __doc__ attribute; a subclass without a __dict__ gets the AttributeError.
 */
function propertyInit(p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.getterDoc = false;
  if (doc === None && fget !== None) {
    const d = getAttrOpt(fget, '__doc__');
    if (d !== undefined && d !== None) {
      doc = d;
      p.getterDoc = true;
    }
  }
  if (p.ob_type === propertyType) p.doc = doc;
  else setAttr(p, '__doc__', doc);
}

/** A property, classmethod or staticmethod made for a subclass (class.ts finishSubtypeInstance). */
function asSubtypeInstance<T extends PyBase>(obj: T, t: PyType): T {
  if (t !== obj.ob_type) {
    obj.ob_type = t;
    if (t.instancesHaveDict) obj.__dict__ = new PyDict();
  }
  return obj;
}

function propertyError(p: PyProperty, obj: PyObject, what: string): PyException {
  // CPython 3.11 names the object's type by its __qualname__ and the property by repr.
  const owner = `'${typeOf(obj).qualname}'`;
  const msg = p.name === null ? `property of ${owner} object has no ${what}` : `property '${p.name}' of ${owner} object has no ${what}`;
  return new PyException(AttributeError, [msg]);
}

/**
 * getter()/setter()/deleter() (property_copy): type(p)(fget, fset, fdel, doc), None meaning
 * "keep the old function"; a docstring taken from the old getter is taken again from the new.
 */
function copyProperty(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: PyObject): PyObject {
  const fget = which === 'fget' && f !== None ? f : p.fget;
  const fset = which === 'fset' && f !== None ? f : p.fset;
  const fdel = which === 'fdel' && f !== None ? f : p.fdel;
  const doc = p.getterDoc && fget !== None ? None : p.ob_type === propertyType ? p.doc : getAttrOpt(p, '__doc__') ?? None;
  const q = callObject(typeOf(p), [fget, fset, fdel, doc], null);
  if (q instanceof PyProperty) q.name = p.name;
  return q;
}
addMethod(propertyType, 'getter', (self, args) => copyProperty(self as PyProperty, 'fget', args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(propertyType, 'setter', (self, args) => copyProperty(self as PyProperty, 'fset', args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(propertyType, 'deleter', (self, args) => copyProperty(self as PyProperty, 'fdel', args[0]), { minArgs: 1, maxArgs: 1 });
addMethod(propertyType, '__set_name__', (self, args) => {
  if (args.length !== 2) raiseTypeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
  if (typeof args[1] === 'string') (self as PyProperty).name = args[1];
  return None;
}, { noKwargs: true });
addGetSet(propertyType, 'fget', (p) => (p as PyProperty).fget);
addGetSet(propertyType, 'fset', (p) => (p as PyProperty).fset);
addGetSet(propertyType, 'fdel', (p) => (p as PyProperty).fdel);
addGetSet(propertyType, '__doc__', (p) => (p as PyProperty).doc, (p, v) => {
  (p as PyProperty).doc = v ?? None;
});
addGetSet(classmethodType, '__func__', (p) => (p as PyClassMethod).callable);
addGetSet(staticmethodType, '__func__', (p) => (p as PyStaticMethod).callable);
addGetSet(classmethodType, '__wrapped__', (p) => (p as PyClassMethod).callable);
addGetSet(staticmethodType, '__wrapped__', (p) => (p as PyStaticMethod).callable);
addGetSet(methodType, '__func__', (m) => (m as PyMethod).func);
addGetSet(methodType, '__self__', (m) => (m as PyMethod).self);
addGetSet(builtinFunctionType, '__name__', (f) => (f as PyBuiltinFunction).name);
addGetSet(builtinFunctionType, '__qualname__', (f) => (f as PyBuiltinFunction).qualname);
addGetSet(builtinFunctionType, '__self__', (f) => (f as PyBuiltinFunction).self ?? None);
addGetSet(builtinFunctionType, '__doc__', (f) => (f as PyBuiltinFunction).doc ?? None);
// meth_reduce: a module's function pickles as its name (pickle then saves it as a global, looked
// up in its __module__), a bound built-in method as getattr(self, name).
addMethod(builtinFunctionType, '__reduce__', (f) => {
  const fn = f as PyBuiltinFunction;
  if (fn.self === undefined || fn.self instanceof PyModule) return fn.name;
  return new PyTuple([builtinsRegistry.get('getattr')!, new PyTuple([fn.self, fn.name])]);
}, { minArgs: 0, maxArgs: 0 });
// module.__annotations__ (module_get_annotations, 3.10+): the namespace's entry, made {} and
// stored on first read; settable, deletable (AttributeError when absent).
addGetSet(moduleType, '__annotations__', (m) => {
  const d = (m as PyModule).__dict__;
  const own = d.getStr('__annotations__');
  if (own !== undefined) return own;
  const a = new PyDict();
  d.setStr('__annotations__', a);
  return a;
}, (m, v) => {
  const d = (m as PyModule).__dict__;
  if (v !== undefined) d.setStr('__annotations__', v);
  else if (d.delete('__annotations__') === undefined) raiseAttributeError('__annotations__');
});
// CPython's m_module: the module's name for a module's function, None for a bound built-in
// method (`[].append`) and for a function made without one; any object can be assigned, and
// deleting it leaves None.
addGetSet(builtinFunctionType, '__module__', (f) => {
  const fn = f as PyBuiltinFunction;
  const m = builtinModules.get(fn);
  if (m !== undefined) return m;
  // Functions put in the builtins module directly (__build_class__).
  return fn.self === undefined && builtinsRegistry.get(fn.name) === fn ? 'builtins' : None;
}, (f, v) => {
  builtinModules.set(f as PyBuiltinFunction, v ?? None);
});
addGetSet(methodDescriptorType, '__name__', (f) => (f as PyMethodDescriptor).name);
// A getset descriptor names its attribute and its class (getset_get___name__ & co.).
addGetSet(getsetDescriptorType, '__name__', (d) => (d as PyGetSetDescriptor).name);
addGetSet(getsetDescriptorType, '__qualname__', (d) => `${(d as PyGetSetDescriptor).objclass.qualname}.${(d as PyGetSetDescriptor).name}`);
addGetSet(getsetDescriptorType, '__objclass__', (d) => (d as PyGetSetDescriptor).objclass);
// A cell (types.CellType): cell_contents is ValueError "Cell is empty" when unset, deletable;
// types.CellType([contents]) makes one; cells compare by contents, an empty cell below any
// other (cell_richcompare).
addGetSet(cellType, 'cell_contents', (c) => {
  const v = (c as PyCell).contents;
  if (v === undefined) raiseValueError('Cell is empty');
  return v;
}, (c, v) => {
  (c as PyCell).contents = v;
});
setSlots(cellType, {
  tp_new: (_t, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError('cell() takes no keyword arguments');
    if (args.length > 1) raiseTypeError(`cell expected at most 1 argument, got ${args.length}`);
    return new PyCell(args[0]);
  },
  tp_richcompare: (a, b, op) => {
    if (!(b instanceof PyCell)) return NotImplemented;
    const x = (a as PyCell).contents;
    const y = b.contents;
    const ops = require('./ops') as typeof import('./ops');
    if (x !== undefined && y !== undefined) return ops.richCompare(x, y, op);
    return ops.compareNumbers(x === undefined ? 0 : 1, y === undefined ? 0 : 1, op);
  },
  tp_repr: (c) => {
    const v = (c as PyCell).contents;
    return v === undefined ? `<cell at ${addressOf(c)}: empty>` : `<cell at ${addressOf(c)}: ${typeOf(v).tpName} object at ${addressOf(v)}>`;
  },
});

// A function's own namespace (its attributes), made on first use; __builtins__ (3.10), the
// builtins namespace its globals name.
addGetSet(functionType, '__dict__', (f) => {
  const fn = f as PyFunction;
  if (fn.__dict__ === undefined) fn.__dict__ = new PyDict();
  return fn.__dict__;
}, (f, v) => {
  if (v === undefined) raiseTypeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).tpName}'`);
  (f as PyFunction).__dict__ = v;
});
addGetSet(functionType, '__builtins__', (f) => builtinsObject((f as PyFunction).builtins));

/**
 * The builtins namespace a globals dict names (CPython's _PyEval_BuiltinsFromGlobals): its
 * `__builtins__`, a module's dict for a module, any other object as it is (wrapped unless an
 * exact dict); else `fallback` (the making frame's builtins). What a frame run in those
 * globals, or a function made in them, looks names up in (exec(code, {'__builtins__': {}}) has
 * no print).
 */
export function builtinsOfGlobals(globals: PyDict, fallback: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b === undefined) return fallback;
  if (b instanceof PyModule) return b.__dict__;
  if (b instanceof PyDict && b.ob_type === dictType) return b;
  return new ForeignBuiltins(b);
}

/** A frame's or function's builtins as Python sees them (f.__builtins__, frame.f_builtins). */
export function builtinsObject(b: PyDict): PyObject {
  return b instanceof ForeignBuiltins ? b.mapping : b;
}

function fnAttr(name: keyof PyFunction & string, settable = true): void {
  addGetSet(
    functionType,
    name === 'name' ? '__name__' : name === 'qualname' ? '__qualname__' : `__${name}__`,
    (f) => {
      const v = (f as PyFunction)[name] as unknown;
      // func_get_annotations: a function without annotations gets an empty dict, kept.
      if (name === 'annotations' && v === null) return ((f as PyFunction).annotations = new PyDict());
      if (v === null || v === undefined) return None;
      if (Array.isArray(v)) return new PyTuple(v as PyObject[]);
      return v as PyObject;
    },
    settable
      ? (f, v) => {
          const fn = f as PyFunction;
          switch (name) {
            case 'name':
            case 'qualname':
              if (typeof v !== 'string') raiseTypeError(`__${name}__ must be set to a string object`);
              fn[name] = v;
              return;
            case 'doc':
            case 'module':
              fn[name] = v ?? None;
              return;
            case 'defaults':
              fn.defaults = v === undefined || v === None ? null : (v as PyTuple).items;
              return;
            case 'kwdefaults':
            case 'annotations':
              fn[name] = v === undefined || v === None ? null : (v as PyDict);
              return;
            default:
              raiseAttributeError('readonly attribute');
          }
        }
      : null,
  );
}
fnAttr('name');
fnAttr('qualname');
fnAttr('module');
fnAttr('doc');
fnAttr('defaults');
fnAttr('kwdefaults');
fnAttr('annotations');
fnAttr('globals', false);
fnAttr('closure', false);
// __code__ can be replaced by a code object with as many free variables (func_set_code); the
// VMs' decoded forms of the old code are dropped with it.
addGetSet(functionType, '__code__', (f) => (f as PyFunction).code, (f, v) => {
  const fn = f as PyFunction;
  if (!(v instanceof CodeObjectClass)) raiseTypeError('__code__ must be set to a code object');
  const nfree = v.co_freevars.length;
  const nclosure = fn.closure === null ? 0 : fn.closure.length;
  if (nfree !== nclosure) raiseValueError(`${fn.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  fn.code = v;
  fn.stackDecoded = undefined;
  fn.regDecoded = undefined;
});

// --- small shared helpers (set by ops.ts to avoid import-time cycles)

// `var` without an initialiser: ops.ts may install the hook while this module is still
// loading (import cycle), which a `let` (TDZ) or an initialiser (overwrite) would break.
// eslint-disable-next-line no-var
var reprHookImpl: ((v: PyObject) => string) | undefined;
/** repr() as installed by runtime/ops.ts. */
export function reprHook(v: PyObject): string {
  return reprHookImpl === undefined ? '?' : reprHookImpl(v);
}
export function setReprHook(f: (v: PyObject) => string): void {
  reprHookImpl = f;
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
/** id(): a stable per-object number that looks like a CPython address. */
export function idOf(v: PyObject): number {
  if (typeof v !== 'object') {
    return 0;
  }
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(v, id);
  }
  return id;
}
/** The hexadecimal address of `v` as CPython prints it (`0x7f...`). */
export function addressOf(v: PyObject): string {
  return '0x' + idOf(v).toString(16).padStart(12, '0');
}
/** object.__hash__: derived from id (CPython: id >> 4). */
export function identityHash(v: PyObject): number {
  return Math.floor(idOf(v) / 16);
}

// Code objects: the type and the co_* attributes Python code reads.
import { CodeObject as CodeObjectClass } from '../frontend/code';
import { codeType } from './types';
setBuiltinType(CodeObjectClass, codeType);
for (const name of [
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_filename', 'co_name',
  'co_qualname', 'co_firstlineno', 'co_nlocals',
] as const) {
  addGetSet(codeType, name, (c) => (c as CodeObjectClass)[name]);
}
for (const name of ['co_varnames', 'co_cellvars', 'co_freevars', 'co_names', 'co_consts'] as const) {
  addGetSet(codeType, name, (c) => new PyTuple((c as CodeObjectClass)[name].slice()));
}
addGetSet(codeType, 'co_code', (c) => {
  const { PyBytes } = require('./object') as typeof import('./object');
  return new PyBytes((c as CodeObjectClass).co_code);
});
for (const name of ['co_linetable', 'co_exceptiontable'] as const) {
  addGetSet(codeType, name, (c) => {
    const { PyBytes } = require('./object') as typeof import('./object');
    return new PyBytes((c as CodeObjectClass)[name].slice());
  });
}
// co_lines() and co_positions(): the location table decoded (frontend/linetable.ts), as
// iterators of tuples; dis reads them (and co_code, co_exceptiontable) to disassemble.
function iterOfTuples(rows: (number | null)[][]): PyObject {
  const { getIter } = require('./ops') as typeof import('./ops');
  const { PyList } = require('./containers') as typeof import('./containers');
  return getIter(new PyList(rows.map((r) => new PyTuple(r.map((x) => x ?? None)))));
}
function linetable(): typeof import('../frontend/linetable') {
  return require('../frontend/linetable') as typeof import('../frontend/linetable');
}
addMethod(codeType, 'co_lines', (c) => {
  const co = c as CodeObjectClass;
  return iterOfTuples(linetable().coLines(co.co_linetable, co.co_firstlineno).map((r) => [r.start, r.end, r.line]));
}, { minArgs: 0, maxArgs: 0 });
addMethod(codeType, 'co_positions', (c) => {
  const co = c as CodeObjectClass;
  const units = linetable().decodeLocations(co.co_linetable, co.co_firstlineno, co.co_code.length >> 1);
  return iterOfTuples(units.map((p) => [p.line, p.endLine, p.col, p.endCol]));
}, { minArgs: 0, maxArgs: 0 });
// code._varname_from_oparg(i): the name of fast-locals slot i (varnames, then cells, then
// frees: co_localsplusnames), how dis names LOAD_FAST / LOAD_DEREF operands.
addMethod(codeType, '_varname_from_oparg', (c, a) => {
  const names = (c as CodeObjectClass).co_localsplusnames;
  const i = a[0];
  if (typeof i !== 'number' || i < 0 || i >= names.length) throw newException(IndexError, 'tuple index out of range');
  return names[i as number];
}, { minArgs: 1, maxArgs: 1 });
// code.replace(**changes): runtime/modules/code_replace.ts.
addMethod(codeType, 'replace', (c, a, k) => {
  const { codeReplace } = require('./modules/code_replace') as typeof import('./modules/code_replace');
  return codeReplace(c, a, k);
});
setSlots(codeType, {
  tp_repr: (c) => {
    const co = c as CodeObjectClass;
    return `<code object ${co.co_name} at ${addressOf(c)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
  },
});

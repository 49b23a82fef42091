// The built-in type objects (object, type, int, str, list, ...) and typeOf(v).
//
// Only type OBJECTS are made here (no behaviour), so that every other runtime file can name
// them without import cycles. Behaviour is attached by the files that implement each type
// (setSlots / addMethod in runtime/function.ts, or directly on `ownSlots`), and
// `finalizeBuiltinTypes()` (called once by the interpreter's initialisation) resolves the
// inherited slots along each MRO.
//
// Built-in types made elsewhere (iterators, map/zip/enumerate, module-specific types) use
// `makeBuiltinType` so that they are finalised too.

import { PyBase, PyObject, PyFloat, PyComplex, PyBytes, PyTuple, PyFrozenSet, PyNoneType, PyEllipsisType, PyNotImplementedType, None } from './object';
import { PyType, mroC3, resolveSlots, TypeSlots, beginModifiedBatch, endModifiedBatch } from './type';

const allBuiltinTypes: PyType[] = [];
/**
 * Built-in types made, or given slots, since the last finalisation: the next one finalises only
 * these (and their built-in subclasses' resolved slots), not every type again.
 */
const unfinalized = new Set<PyType>();

/** Makes a built-in type (not subclassable unless `baseType`), registered for finalisation. */
/**
 * Types pyvm builds in TypeScript that CPython defines as Python classes (Lib/*.py): their
 * tp_name is their bare __name__ ('Counter'), where a C type's carries its module
 * ('collections.deque'); see PyType.tpName.
 */
const PYTHON_CLASSES = new Set([
  'random.Random', 'collections.Counter', 'contextlib._GeneratorContextManager', 'contextlib.suppress',
  'contextlib.closing', 'contextlib.nullcontext', 'contextlib.redirect_stdout', 'contextlib.redirect_stderr',
  'typing._GenericAlias', 'typing.TypeVar', 'dataclasses.Field', 'dataclasses.FrozenInstanceError',
  'json.decoder.JSONDecodeError', 'fractions.Fraction', 'statistics.StatisticsError',
]);

export function makeBuiltinType(
  name: string,
  base: PyType | null,
  opts: { module?: string; baseType?: boolean; qualname?: string; bases?: PyType[] } = {},
): PyType {
  const bases = opts.bases ?? (base === null ? [] : [base]);
  const t = new PyType(name, bases, { module: opts.module ?? 'builtins', qualname: opts.qualname });
  if (opts.module !== undefined && opts.module !== 'builtins' && !PYTHON_CLASSES.has(`${opts.module}.${name}`)) t.cModule = opts.module;
  t.isBaseType = opts.baseType ?? false;
  t.mro = bases.length === 0 ? [t] : mroC3(t, (m) => {
    throw new Error(m);
  });
  if (base !== null) {
    t.allocate = base.allocate;
  }
  if (typeTypeRef !== null) t.ob_type = typeTypeRef;
  allBuiltinTypes.push(t);
  unfinalized.add(t);
  return t;
}

let typeTypeRef: PyType | null = null;

export const objectType = makeBuiltinType('object', null, { baseType: true });
export const typeType = makeBuiltinType('type', objectType, { baseType: true });
typeTypeRef = typeType;
objectType.ob_type = typeType;
typeType.ob_type = typeType;
// PyType's prototype carries `type` as the type of every type object without an own metaclass.
(PyType.prototype as PyBase).ob_type = typeType;

export const intType = makeBuiltinType('int', objectType, { baseType: true });
export const boolType = makeBuiltinType('bool', intType);
export const floatType = makeBuiltinType('float', objectType, { baseType: true });
export const complexType = makeBuiltinType('complex', objectType, { baseType: true });
export const strType = makeBuiltinType('str', objectType, { baseType: true });
export const bytesType = makeBuiltinType('bytes', objectType, { baseType: true });
export const bytearrayType = makeBuiltinType('bytearray', objectType, { baseType: true });
export const listType = makeBuiltinType('list', objectType, { baseType: true });
export const tupleType = makeBuiltinType('tuple', objectType, { baseType: true });
export const dictType = makeBuiltinType('dict', objectType, { baseType: true });
export const setType = makeBuiltinType('set', objectType, { baseType: true });
export const frozensetType = makeBuiltinType('frozenset', objectType, { baseType: true });
export const rangeType = makeBuiltinType('range', objectType);
export const sliceType = makeBuiltinType('slice', objectType);
export const noneType = makeBuiltinType('NoneType', objectType);
export const ellipsisType = makeBuiltinType('ellipsis', objectType);
export const notImplementedType = makeBuiltinType('NotImplementedType', objectType);
export const functionType = makeBuiltinType('function', objectType);
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', objectType);
export const methodDescriptorType = makeBuiltinType('method_descriptor', objectType);
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor', objectType);
export const getsetDescriptorType = makeBuiltinType('getset_descriptor', objectType);
export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor', objectType);
export const methodType = makeBuiltinType('method', objectType);
export const cellType = makeBuiltinType('cell', objectType);
export const moduleType = makeBuiltinType('module', objectType, { baseType: true });
export const codeType = makeBuiltinType('code', objectType);
export const propertyType = makeBuiltinType('property', objectType, { baseType: true });
export const staticmethodType = makeBuiltinType('staticmethod', objectType, { baseType: true });
export const classmethodType = makeBuiltinType('classmethod', objectType, { baseType: true });
export const superType = makeBuiltinType('super', objectType, { baseType: true });
export const generatorType = makeBuiltinType('generator', objectType);
export const coroutineType = makeBuiltinType('coroutine', objectType);
export const tracebackType = makeBuiltinType('traceback', objectType);
export const frameType = makeBuiltinType('frame', objectType);
export const mappingproxyType = makeBuiltinType('mappingproxy', objectType);

/** Installs `t` as the Python type of every instance of the JS class `cls` (prototype property). */
export function setBuiltinType(cls: { prototype: object }, t: PyType): void {
  (cls.prototype as PyBase).ob_type = t;
}

setBuiltinType(PyFloat, floatType);
setBuiltinType(PyComplex, complexType);
setBuiltinType(PyBytes, bytesType);
setBuiltinType(PyTuple, tupleType);
setBuiltinType(PyFrozenSet, frozensetType);
setBuiltinType(PyNoneType, noneType);
setBuiltinType(PyEllipsisType, ellipsisType);
setBuiltinType(PyNotImplementedType, notImplementedType);

/** The Python type of any value (CPython's Py_TYPE). */
export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.ob_type;
  }
}

/** isinstance(v, t) by the type alone (no __instancecheck__). */
export function isInstance(v: PyObject, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || vt.isSubtypeOf(t);
}

/** Merges `slots` into a built-in type's own slots (the runtime library's registration entry point). */
export function setSlots(t: PyType, slots: TypeSlots): void {
  Object.assign(t.ownSlots, slots);
  unfinalized.add(t);
  if (finalized) finalizeBuiltinTypes();
}

let finalized = false;

/** Finalises the built-in types made or changed since the last time (each Interpreter calls it, and each lazily loaded module). */
export function ensureBuiltinTypesFinalized(): void {
  if (unfinalized.size !== 0) finalizeBuiltinTypes();
}

/**
 * Resolves the inherited slots of the built-in types made or given slots since the last call
 * (all of them the first time), with those of their built-in subclasses, and exposes their own
 * slots as dunder methods. Heap types are resolved by runtime/class.ts when they are created.
 * Incremental since session 26: it ran over all ~150 types again after each lazily loaded
 * module (38 times for `import collections, math, json, re, random, itertools, functools`).
 */
export function finalizeBuiltinTypes(): void {
  const changed = [...unfinalized];
  unfinalized.clear();
  // A type's resolved slots come from its own and its bases' own slots, so the built-in
  // subclasses of a changed type are resolved again too.
  const resolve = new Set<PyType>();
  const add = (t: PyType): void => {
    if (resolve.has(t) || t.isHeapType) return;
    resolve.add(t);
    for (const s of t.subclasses) add(s);
  };
  for (const t of changed) add(t);
  const opened = beginModifiedBatch();
  try {
    for (const t of resolve) {
      resolveSlots(t, () => ({}));
      // CPython's type_dict_set_doc: every ready type has __doc__ in its dict (its docstring, or
      // None), so an instance's __doc__ is found (object().__doc__; functools.update_wrapper)
      if (!t.dict.has('__doc__')) t.dict.set('__doc__', t.doc ?? None);
    }
    // The hook reads a type's own slots and dict only: the unchanged subclasses have theirs.
    if (finalizeHook !== null) for (const t of changed) finalizeHook(t);
  } finally {
    if (opened) endModifiedBatch();
  }
  finalized = true;
}

let finalizeHook: ((t: PyType) => void) | null = null;
/** Set by runtime/class.ts: exposes each built-in type's slots as dunder methods at finalisation. */
export function setFinalizeHook(f: (t: PyType) => void): void {
  finalizeHook = f;
}

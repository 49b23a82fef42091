// Classes: type(name, bases, ns), the class statement's __build_class__, instances of Python
// classes, object.__new__/__init__, type.__call__, super, and the two-way bridge between
// slots and dunder methods (CPython's typeobject.c):
//
//   - built-in types expose their slots as dunder methods in their dict (add_operators):
//     int.__add__, object.__init__, list.__getitem__ ... (`exposeSlotsAsMethods`);
//   - a Python class that defines a dunder gets the matching slot WRAPPER (slot_nb_add ...),
//     which looks the dunder up along the MRO when called (`heapSlotsOf`).
// Both together give CPython's behaviour for overriding, super() calls and inheritance.

import { PyBase, PyObject, PyTuple, None, NotImplemented, PyFloat, PyComplex } from './object';
import { PyType, TypeSlots, SlotName, KwArgs, CompareOp, mroC3, resolveSlots, BinarySlot, Py_EQ, Py_NE } from './type';
import { typeOf, objectType, typeType, superType, setSlots, isInstance, intType, boolType, floatType, setFinalizeHook, makeBuiltinType, wrapperDescriptorType, methodDescriptorType, complexType, propertyType, classmethodType, staticmethodType, strType, bytesType, bytearrayType } from './types';
import { intPowMod, isPyInt, PyIntSub } from './int_ops';
import { PyDict } from './dict';
import {
  BaseException as ExcBase, PyException, hashNotImplemented, raiseTypeError, raiseAttributeError, isPyException, AttributeError, StopIteration, TypeError, newException, OverflowError, ValueError, raiseValueError, RuntimeError,
} from './exceptions';
import {
  PyFunction, PyCell, PyStaticMethod, PyClassMethod, PyProperty, PyBuiltinFunction, PyMethodDescriptor, addMethod, addGetSet,
  builtinsRegistry, addressOf, addClassMethod, PyGetSetDescriptor,
} from './function';
import { callObject } from './call';
import { builtinTypeHash } from './exact_hash';
import { genericGetAttr, getAttrOpt, setTypeSetAttr, attributeError } from './attr';
import { isTrue, NB_OPS, repr, str, bindDescriptor, hashOf, toArray, setItem, nextNotImplemented, richCompare } from './ops';
import { currentInterp, moduleRegistry, runningModuleName } from './interp';
import { PyList, makeFrozenSet } from './containers';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../frontend/code';
import { mangle } from '../frontend/symtable';
import { bestBase, baseOf, noteClassLayout, isVarSizedLayout, checkClassAssignment } from './layout';

/** An instance of a Python class whose only built-in base is object. */
export class PyInstance extends PyBase {
  declare __dict__: PyDict;
  constructor(type: PyType) {
    super();
    this.ob_type = type;
    this.__dict__ = new PyDict();
  }
}

/** The values of __slots__ members, per instance. */
const slotValues = new WeakMap<object, Map<string, PyObject>>();

/** A __slots__ member (CPython's member_descriptor): a data descriptor storing per instance. */
export class PyMemberDescriptor extends PyBase {
  constructor(public readonly objclass: PyType, public readonly name: string) {
    super();
  }
}
const memberDescriptorType = makeBuiltinType('member_descriptor', objectType);
(PyMemberDescriptor.prototype as PyBase).ob_type = memberDescriptorType;
setSlots(memberDescriptorType, {
  tp_descr_get: (d, obj) => {
    if (obj === undefined) return d;
    const md = d as PyMemberDescriptor;
    const v = slotValues.get(obj as object)?.get(md.name);
    if (v === undefined) throw attributeError(obj, md.name);
    return v;
  },
  tp_descr_set: (d, obj, value) => {
    const md = d as PyMemberDescriptor;
    let m = slotValues.get(obj as object);
    if (value === undefined) {
      if (m === undefined || !m.delete(md.name)) throw attributeError(obj, md.name);
      return;
    }
    if (m === undefined) slotValues.set(obj as object, (m = new Map()));
    m.set(md.name, value);
  },
  tp_repr: (d) => `<member '${(d as PyMemberDescriptor).name}' of '${(d as PyMemberDescriptor).objclass.name}' objects>`,
});

/** Gives an instance of a built-in type made for a subclass its type and a __dict__. */
export function finishSubtypeInstance<T extends PyBase>(obj: T, type: PyType): T {
  if (obj.ob_type !== type) {
    obj.ob_type = type;
    if (type.instancesHaveDict && obj.__dict__ === undefined) obj.__dict__ = new PyDict();
  }
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Calling a dunder found along the MRO

/** Calls `name` looked up on type(v) with `args`; undefined when the type has no such attribute. */
export function callDunder(v: PyObject, name: string, args: PyObject[], kwargs: KwArgs = null): PyObject | undefined {
  const t = typeOf(v);
  const attr = t.lookup(name);
  if (attr === undefined) return undefined;
  if (attr instanceof PyFunction) {
    const a = new Array<PyObject>(args.length + 1);
    a[0] = v;
    for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
    return callObject(attr, a, kwargs);
  }
  if (attr instanceof PyMethodDescriptor) return attr.callWithSelf(v, args, kwargs);
  return callObject(bindDescriptor(attr, v, t), args, kwargs);
}

function callDunderOrNI(v: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callDunder(v, name, args);
  return r === undefined ? NotImplemented : r;
}

const RICH_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/**
 * method_is_overloaded: does type(right) have another `name` than type(left)? (getattr on the
 * two classes, compared with !=; a class without the attribute: no for right, yes for left.)
 */
function methodIsOverloaded(left: PyObject, right: PyObject, name: string): boolean {
  const b = getAttrOpt(typeOf(right), name);
  if (b === undefined) return false;
  const a = getAttrOpt(typeOf(left), name);
  if (a === undefined) return true;
  return isTrue(richCompare(a, b, Py_NE));
}

/**
 * `t.lookup(name)` remembered for the last class it was asked about: the version of that class
 * and what was found (the lookup is a Map search; versions are unique over all types and
 * change with a class's or a base's dict, so an equal version is the same class in the same
 * state).
 */
function versionCachedLookup(name: string): (t: PyType) => PyObject | undefined {
  let lastVersion = -1;
  let lastAttr: PyObject | undefined;
  return (t) => {
    if (t.version !== lastVersion) {
      lastAttr = t.lookup(name);
      lastVersion = t.version;
    }
    return lastAttr;
  };
}

/**
 * slot_nb_* (SLOT1BINFULL): the reflected-operand protocol for a Python class's binary dunders.
 * Each dunder is looked up once (vectorcall_maybe: an absent one counts as NotImplemented) and a
 * Python function is called with [v, w] straight away.
 */
function binaryWrapper(slot: SlotName, dunder: string, rdunder: string): BinarySlot {
  const lookDunder = versionCachedLookup(dunder);
  const lookRDunder = versionCachedLookup(rdunder);
  const self: BinarySlot = (v, w) => {
    const tv = typeOf(v);
    const tw = typeOf(w);
    if (tv === tw) {
      // Same-class operands (raytrace's Vector - Vector): no reflected call to try.
      if ((tv.slots[slot] as unknown) !== self) return NotImplemented;
      const attr = lookDunder(tv);
      if (attr === undefined) return NotImplemented;
      if (attr instanceof PyFunction) return currentInterp().backend.callFunction(attr, [v, w], null);
      return callDunderOrNI(v, dunder, [w]);
    }
    // `Vector * 2.0`, `2.0 * Vector`: CPython's order. The reflected method first only when
    // w's class is a subclass of v's overriding it; then v's; then w's reflected one.
    let doOther = (tw.slots[slot] as unknown) === self;
    if ((tv.slots[slot] as unknown) === self) {
      if (doOther && tw.isSubtypeOf(tv) && methodIsOverloaded(v, w, rdunder)) {
        const r = callDunderOrNI(w, rdunder, [v]);
        if (r !== NotImplemented) return r;
        doOther = false;
      }
      const attr = lookDunder(tv);
      if (attr !== undefined) {
        const r = attr instanceof PyFunction ? currentInterp().backend.callFunction(attr, [v, w], null) : callDunderOrNI(v, dunder, [w]);
        if (r !== NotImplemented) return r;
      }
    }
    if (doOther) {
      const attr = lookRDunder(tw);
      if (attr === undefined) return NotImplemented;
      return attr instanceof PyFunction ? currentInterp().backend.callFunction(attr, [w, v], null) : callDunderOrNI(w, rdunder, [v]);
    }
    return NotImplemented;
  };
  return self;
}

function checkedBool(v: PyObject, r: PyObject, what: string): boolean {
  if (typeof r !== 'boolean') raiseTypeError(`${what} should return bool, returned ${typeOf(r).tpName}`);
  void v;
  return r;
}

function checkedStr(r: PyObject, what: string): string {
  if (typeof r !== 'string') raiseTypeError(`${what} returned non-string (type ${typeOf(r).tpName})`);
  return r;
}

function lengthFrom(r: PyObject): number {
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r !== 'number') {
    if (typeof r === 'bigint') {
      if (r < 0n) throw newException(ValueError, '__len__() should return >= 0');
      throw newException(OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    raiseTypeError(`'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
  }
  if (r < 0) throw newException(ValueError, '__len__() should return >= 0');
  return r;
}


/**
 * __index__ or __int__ returned something that is not an exact int: an int subclass (bool
 * too) is taken as its int value with CPython's DeprecationWarning (PyNumber_Index,
 * PyNumber_Long); anything else is the TypeError.
 */
function strictIntSubclassResult(dunder: string, r: PyObject): number | bigint {
  if (typeof r === 'boolean' || r instanceof PyIntSub) {
    (require('./warn') as typeof import('./warn')).warnStrictSubclassResult('', dunder, typeOf(r).tpName, 'int');
    return typeof r === 'boolean' ? (r ? 1 : 0) : r.value;
  }
  return raiseTypeError(`${dunder} returned non-int (type ${typeOf(r).tpName})`);
}

/** slot → the dunders that define it (for Python classes). */
const SLOT_DUNDERS: [SlotName, string[], () => TypeSlots[SlotName]][] = [
  ['tp_repr', ['__repr__'], () => (v: PyObject) => checkedStr(callDunder(v, '__repr__', [])!, '__repr__')],
  ['tp_str', ['__str__'], () => (v: PyObject) => checkedStr(callDunder(v, '__str__', [])!, '__str__')],
  ['tp_hash', ['__hash__'], () => (v: PyObject) => {
    let r = callDunder(v, '__hash__', [])!;
    if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
      // An int subclass instance: slot_tp_hash reads its int value (hashing it would call
      // its own __hash__ again: a __hash__ returning self recursed for ever).
      if (!(r instanceof PyIntSub)) raiseTypeError('__hash__ method should return an integer');
      r = r.value;
    }
    return hashOf(r);
  }],
  ['tp_richcompare', RICH_NAMES, () => (v: PyObject, w: PyObject, op: CompareOp) => callDunderOrNI(v, RICH_NAMES[op], [w])],
  ['tp_iter', ['__iter__'], () => (v: PyObject) => {
    if (typeOf(v).lookup('__iter__') === None) raiseTypeError(`'${typeOf(v).tpName}' object is not iterable`);
    return callDunder(v, '__iter__', [])!;
  }],
  ['tp_iternext', ['__next__'], () => (v: PyObject) => {
    try {
      return callDunder(v, '__next__', [])!;
    } catch (e) {
      if (isPyException(e) && typeOf(e).isSubtypeOf(StopIteration)) return undefined;
      throw e;
    }
  }],
  ['tp_call', ['__call__'], () => (v: PyObject, args: PyObject[], kw: KwArgs) => callDunder(v, '__call__', args, kw)!],
  ['tp_getattro', ['__getattribute__', '__getattr__'], () => slotGetattrHook],
  ['tp_setattro', ['__setattr__', '__delattr__'], () => (v: PyObject, name: string, value: PyObject | undefined) => {
    if (value === undefined) callDunder(v, '__delattr__', [name]);
    else callDunder(v, '__setattr__', [name, value]);
  }],
  ['tp_descr_get', ['__get__'], () => (d: PyObject, obj: PyObject | undefined, t: PyType) => callDunder(d, '__get__', [obj ?? None, t])!],
  ['tp_descr_set', ['__set__', '__delete__'], () => (d: PyObject, obj: PyObject, value: PyObject | undefined) => {
    if (value === undefined) callDunder(d, '__delete__', [obj]);
    else callDunder(d, '__set__', [obj, value]);
  }],
  ['tp_new', ['__new__'], () => (t: PyType, args: PyObject[], kw: KwArgs) => {
    const f = t.lookup('__new__')!;
    return callObject(bindDescriptor(f, undefined, t), [t, ...args], kw);
  }],
  ['tp_init', ['__init__'], () => (self: PyObject, args: PyObject[], kw: KwArgs) => {
    const r = callDunder(self, '__init__', args, kw);
    if (r !== None && r !== undefined) throw initResultError(r);
  }],
  ['nb_negative', ['__neg__'], () => (v: PyObject) => callDunder(v, '__neg__', [])!],
  ['nb_positive', ['__pos__'], () => (v: PyObject) => callDunder(v, '__pos__', [])!],
  ['nb_invert', ['__invert__'], () => (v: PyObject) => callDunder(v, '__invert__', [])!],
  ['nb_absolute', ['__abs__'], () => (v: PyObject) => callDunder(v, '__abs__', [])!],
  ['nb_bool', ['__bool__'], () => (v: PyObject) => checkedBool(v, callDunder(v, '__bool__', [])!, '__bool__')],
  ['nb_index', ['__index__'], () => (v: PyObject) => {
    // An int subclass's instance is its int value (PyNumber_Index tests PyLong_Check before
    // calling nb_index): its own __index__ runs only when called by name.
    if (v instanceof PyIntSub) return v.value;
    const r = callDunder(v, '__index__', [])!;
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    return strictIntSubclassResult('__index__', r);
  }],
  ['nb_int', ['__int__'], () => (v: PyObject) => {
    const r = callDunder(v, '__int__', [])!;
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    return strictIntSubclassResult('__int__', r);
  }],
  ['nb_float', ['__float__'], () => (v: PyObject) => {
    const r = callDunder(v, '__float__', [])!;
    if (!(r instanceof PyFloat)) raiseTypeError(`${typeOf(v).tpName}.__float__ returned non-float (type ${typeOf(r).tpName})`);
    // A float subclass is accepted with CPython's DeprecationWarning (PyNumber_Float).
    if (r.ob_type !== floatType) (require('./warn') as typeof import('./warn')).warnStrictSubclassResult(`${typeOf(v).tpName}.`, '__float__', typeOf(r).tpName, 'float');
    return r.value;
  }],
  ['sq_length', ['__len__'], () => (v: PyObject) => lengthFrom(callDunder(v, '__len__', [])!)],
  ['sq_contains', ['__contains__'], () => (v: PyObject, x: PyObject) => isTrue(callDunder(v, '__contains__', [x])!)],
  ['mp_subscript', ['__getitem__'], () => (v: PyObject, k: PyObject) => callDunder(v, '__getitem__', [k])!],
  ['mp_ass_subscript', ['__setitem__', '__delitem__'], () => (v: PyObject, k: PyObject, value: PyObject | undefined) => {
    if (value === undefined) {
      if (callDunder(v, '__delitem__', [k]) === undefined) raiseAttributeError('__delitem__');
    } else if (callDunder(v, '__setitem__', [k, value]) === undefined) raiseAttributeError('__setitem__');
  }],
];
for (const info of NB_OPS) {
  const name = info.dunder.slice(2, -2);
  const w = binaryWrapper(info.slot, info.dunder, info.rdunder);
  SLOT_DUNDERS.push([info.slot, [info.dunder, info.rdunder], () => w]);
  SLOT_DUNDERS.push([info.islot, [info.idunder], () => (v: PyObject, x: PyObject) => callDunderOrNI(v, `__i${name}__`, [x])]);
}
// divmod() is no operator, so it is not in NB_OPS, but it is a binary slot all the same
// (slot_nb_divmod: __divmod__ with __rdivmod__ reflected; no in-place form).
const divmodWrapper = binaryWrapper('nb_divmod', '__divmod__', '__rdivmod__');
SLOT_DUNDERS.push(['nb_divmod', ['__divmod__', '__rdivmod__'], () => divmodWrapper]);
// One wrapper function per slot, shared by every Python class (binaryWrapper compares identity).
const SLOT_WRAPPERS = new Map<SlotName, unknown>(SLOT_DUNDERS.map(([s, , mk]) => [s, mk()]));
const initSlotWrapper = SLOT_WRAPPERS.get('tp_init');

/** __getattribute__/__getattr__ (slot_tp_getattr_hook). */
function slotGetattrHook(v: PyObject, name: string): PyObject | undefined {
  const t = typeOf(v);
  const ga = t.lookup('__getattribute__');
  let r: PyObject | undefined;
  if (ga === undefined || ga === objectGetattribute) {
    if (t.lookup('__getattr__') === undefined) return genericGetAttr(v, name);
    try {
      r = genericGetAttr(v, name);
    } catch (e) {
      if (!(isPyException(e) && typeOf(e).isSubtypeOf(AttributeError))) throw e;
      r = undefined;
    }
  } else {
    try {
      r = callDunder(v, '__getattribute__', [name]);
    } catch (e) {
      if (!(isPyException(e) && typeOf(e).isSubtypeOf(AttributeError)) || t.lookup('__getattr__') === undefined) throw e;
      r = undefined;
    }
  }
  if (r !== undefined) return r;
  if (t.lookup('__getattr__') !== undefined) return callDunder(v, '__getattr__', [name]);
  return undefined;
}

const heapSlotCache = new WeakMap<PyType, TypeSlots>();

/** The slots a Python class defines itself: wrappers for the dunders in its own dict. */
export function heapSlotsOf(h: PyType): TypeSlots {
  const cached = heapSlotCache.get(h);
  if (cached !== undefined) return cached;
  const s: Record<string, unknown> = {};
  for (const [slot, dunders] of SLOT_DUNDERS) {
    if (dunders.some((d) => h.dict.has(d))) s[slot] = SLOT_WRAPPERS.get(slot);
  }
  if (h.dict.get('__hash__') === None) s.tp_hash = hashNotImplemented;
  // A Python __add__ (__mul__, __rmul__) takes the place of an inherited sequence concatenation
  // (repetition): CPython's slotdefs map these dunders to sq_concat / sq_repeat with no function,
  // so a list subclass whose __add__ returns NotImplemented raises the TypeError instead of
  // concatenating. null: "cleared here" (resolveSlots stops at it).
  if (h.dict.has('__add__')) s.sq_concat = null;
  if (h.dict.has('__mul__') || h.dict.has('__rmul__')) s.sq_repeat = null;
  heapSlotCache.set(h, s as TypeSlots);
  return s as TypeSlots;
}

function refreshSlots(t: PyType): void {
  // A class that loses its __next__ keeps a tp_iternext that raises (ops.ts nextNotImplemented):
  // the eval loops call an iterator's slot without testing it.
  const hadNext = t.slots.tp_iternext !== undefined;
  heapSlotCache.delete(t);
  resolveSlots(t, heapSlotsOf);
  if (hadNext && t.slots.tp_iternext === undefined) t.slots.tp_iternext = nextNotImplemented;
  for (const s of t.subclasses) refreshSlots(s);
}

// ---------------------------------------------------------------------------------------------
// Built-in slots exposed as dunder methods (add_operators)

let objectGetattribute: PyObject | undefined;

function wrap(t: PyType, name: string, impl: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject, min: number, max: number): void {
  if (t.dict.has(name)) return;
  addMethod(t, name, impl, { minArgs: min, maxArgs: max, noKwargs: name !== '__init__' && name !== '__call__', slotWrapper: true });
  markSlotWrapper(t.dict.get(name));
}

/**
 * The three-argument power of a built-in type's nb_power slot: int's modular power (and
 * NotImplemented for other operands, as long_pow), complex's and float's refusals.
 */
function ternaryPowSlot(owner: PyType, base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  if (owner.isSubtypeOf(intType)) return isPyInt(base) && isPyInt(exp) && isPyInt(mod) ? intPowMod(base, exp, mod) : NotImplemented;
  if (owner.isSubtypeOf(complexType)) throw newException(ValueError, 'complex modulo');
  raiseTypeError('pow() 3rd argument not allowed unless all arguments are integers');
}

/** A dunder made from a slot is a `wrapper_descriptor` in CPython ("<slot wrapper '__init__' of 'object' objects>"). */
function markSlotWrapper(d: PyObject | undefined): void {
  if (d instanceof PyMethodDescriptor) d.ob_type = wrapperDescriptorType;
}
/**
 * A slot wrapper bound to an object (`(1).__add__`, `e.__str__`): CPython's method-wrapper
 * type. Here a bound built-in method (a PyBuiltinFunction, so every call path takes it as one)
 * whose type is method-wrapper: its repr and type name are CPython's.
 */
const methodWrapperType = makeBuiltinType('method-wrapper', objectType);
setSlots(methodWrapperType, {
  tp_call: (f, args, kw) => callObject(f, args, kw),
  tp_repr: (f) => {
    const b = f as PyBuiltinFunction;
    return `<method-wrapper '${b.name}' of ${typeOf(b.self!).tpName} object at ${addressOf(b.self!)}>`;
  },
});
addGetSet(methodWrapperType, '__name__', (f) => (f as PyBuiltinFunction).name);
addGetSet(methodWrapperType, '__qualname__', (f) => (f as PyBuiltinFunction).qualname);
addGetSet(methodWrapperType, '__self__', (f) => (f as PyBuiltinFunction).self ?? None);
setSlots(wrapperDescriptorType, {
  ...methodDescriptorType.ownSlots,
  tp_descr_get: (d, obj, type) => {
    const bound = methodDescriptorType.ownSlots.tp_descr_get!(d, obj, type);
    if (bound instanceof PyBuiltinFunction) bound.ob_type = methodWrapperType;
    return bound;
  },
  tp_call: (d, args, kw) => {
    const wd = d as PyMethodDescriptor;
    if (args.length === 0) raiseTypeError(`descriptor '${wd.name}' of '${wd.objclass.name}' object needs an argument`);
    const t = typeOf(args[0]);
    if (t !== wd.objclass && !t.isSubtypeOf(wd.objclass)) {
      raiseTypeError(`descriptor '${wd.name}' requires a '${wd.objclass.tpName}' object but received a '${t.tpName}'`);
    }
    return wd.callWithSelf(args[0], args.slice(1), kw);
  },
  tp_repr: (d) => `<slot wrapper '${(d as PyMethodDescriptor).name}' of '${(d as PyMethodDescriptor).objclass.name}' objects>`,
});

/**
 * The operands CPython's number slots of `t` take; undefined for a type whose slots need no
 * test. Our int and float slots compute mixed results themselves (`1 + 2.5` in the int slot,
 * without the NotImplemented round trip to float's), but their exposed dunders must answer as
 * CPython's do: `(1).__add__(2.5)` is NotImplemented (long_add's CHECK_BINOP), and so is
 * `(1.5).__add__(1j)` (float_add's CONVERT_TO_DOUBLE).
 */
function numberOperandTest(t: PyType): ((w: PyObject) => boolean) | undefined {
  const isInt = (w: PyObject): boolean => isPyInt(w) || typeOf(w).isSubtypeOf(intType);
  if (t === intType || t === boolType) return isInt;
  if (t === floatType) return (w) => w instanceof PyFloat || isInt(w);
  if (t === complexType) return (w) => w instanceof PyComplex || w instanceof PyFloat || isInt(w);
  return undefined;
}

/**
 * A number slot as CPython's dunder sees it: NotImplemented unless both operands are ones the
 * type takes; complex has no floor division, modulo or divmod (its slots are empty in 3.11:
 * our complex slots only raise the operator's TypeError).
 */
function numberSlot(t: PyType, f: BinarySlot | undefined, slot: SlotName, takes: (w: PyObject) => boolean): BinarySlot | undefined {
  if (f === undefined) return undefined;
  if (t === complexType && (slot === 'nb_floor_divide' || slot === 'nb_remainder' || slot === 'nb_divmod')) return undefined;
  return (v, w) => (takes(v) && takes(w) ? f(v, w) : NotImplemented);
}

/** Adds the dunder methods of each built-in slot of `t` (once per type). */
export function exposeSlotsAsMethods(t: PyType): void {
  const s = t.ownSlots;
  if (s.tp_repr) wrap(t, '__repr__', (v) => s.tp_repr!(v), 0, 0);
  if (s.tp_str) wrap(t, '__str__', (v) => s.tp_str!(v), 0, 0);
  if (s.tp_hash === hashNotImplemented) {
    if (!t.dict.has('__hash__')) t.dict.set('__hash__', None);
  } else if (s.tp_hash) {
    const slot = s.tp_hash;
    wrap(t, '__hash__', (v) => builtinTypeHash(t, slot, v), 0, 0);
  }
  if (s.tp_richcompare) {
    RICH_NAMES.forEach((n, op) => wrap(t, n, (v, a) => s.tp_richcompare!(v, a[0], op as CompareOp), 1, 1));
  }
  if (s.tp_iter) wrap(t, '__iter__', (v) => s.tp_iter!(v), 0, 0);
  if (s.tp_iternext) {
    wrap(t, '__next__', (v) => {
      const r = s.tp_iternext!(v);
      if (r === undefined) throw new PyException(StopIteration, []);
      return r;
    }, 0, 0);
  }
  if (s.tp_call) addMethodIfAbsent(t, '__call__', (v, a, kw) => s.tp_call!(v, a, kw));
  if (s.tp_getattro) {
    wrap(t, '__getattribute__', (v, a) => {
      const name = attrName(a[0]);
      const r = s.tp_getattro!(v, name);
      if (r === undefined) throw attributeError(v, name);
      return r;
    }, 1, 1);
    if (t === objectType) objectGetattribute = t.dict.get('__getattribute__');
  }
  if (s.tp_setattro) {
    wrap(t, '__setattr__', (v, a) => {
      s.tp_setattro!(v, attrName(a[0]), a[1]);
      return None;
    }, 2, 2);
    wrap(t, '__delattr__', (v, a) => {
      s.tp_setattro!(v, attrName(a[0]), undefined);
      return None;
    }, 1, 1);
  }
  if (s.tp_descr_get) {
    wrap(t, '__get__', (v, a) => s.tp_descr_get!(v, a[0] === None ? undefined : a[0], (a[1] ?? typeOf(a[0])) as PyType), 1, 2);
  }
  if (s.tp_descr_set) {
    wrap(t, '__set__', (v, a) => {
      s.tp_descr_set!(v, a[0], a[1]);
      return None;
    }, 2, 2);
    wrap(t, '__delete__', (v, a) => {
      s.tp_descr_set!(v, a[0], undefined);
      return None;
    }, 1, 1);
  }
  if (s.tp_new && !t.dict.has('__new__')) {
    const tnew = s.tp_new;
    // tp_new_wrapper: a built-in method bound to the type ("<built-in method __new__ of type
    // object>", __self__ the type: copyreg tells a built-in __new__ by it), stored as is (a
    // built-in function is not a descriptor, so it is not bound again).
    t.dict.set('__new__', new PyBuiltinFunction('__new__', (args, kw) => {
      if (args.length === 0) raiseTypeError(`${t.tpName}.__new__(): not enough arguments`);
      const sub = args[0];
      if (!(sub instanceof PyType)) raiseTypeError(`${t.tpName}.__new__(X): X is not a type object (${typeOf(sub).tpName})`);
      if (!sub.isSubtypeOf(t)) raiseTypeError(`${t.tpName}.__new__(${sub.tpName}): ${sub.tpName} is not a subtype of ${t.tpName}`);
      // object.__new__(sub): the nearest base of sub not created by a Python __new__ must be
      // created by object's tp_new too (object.__new__ of a namedtuple class made a tuple
      // without items).
      // Any other built-in __new__ (tp_new_wrapper's test for every type): int.__new__(bool)
      // is refused, bool's instances being made by bool's tp_new. Applied to the types of the
      // builtins module only, whose tp_new structure is CPython's; elsewhere pyvm has types
      // with a tp_new of their own where CPython's inherits one (OrderedDict, defaultdict).
      let sb: PyType | undefined = sub;
      // (CPython walks tp_base, the base with the most derived layout: a base that is a
      // subtype of t is preferred, as class E(EnumMixin, CustomStrEnum) has CustomStrEnum.)
      while (sb !== undefined && sb.slots.tp_new === SLOT_WRAPPERS.get('tp_new')) {
        sb = (t !== objectType ? sb.bases.find((b) => b.isSubtypeOf(t)) : undefined) ?? sb.bases.find((b) => b.slots.tp_new !== objectNew) ?? sb.bases[0];
      }
      if (sb !== undefined && sb.slots.tp_new !== tnew && (tnew === objectNew || (!sb.isHeapType && sb.module === 'builtins'))) {
        raiseTypeError(`${t.tpName}.__new__(${sub.tpName}) is not safe, use ${sb.tpName}.__new__()`);
      }
      return tnew(sub, args.slice(1), kw);
    }, t, `${t.name}.__new__`));
  }
  if (s.tp_init) {
    addMethodIfAbsent(t, '__init__', (v, a, kw) => {
      s.tp_init!(v, a, kw);
      return None;
    });
  }
  const un: [keyof TypeSlots, string][] = [['nb_negative', '__neg__'], ['nb_positive', '__pos__'], ['nb_invert', '__invert__'], ['nb_absolute', '__abs__']];
  for (const [slot, name] of un) {
    const f = s[slot] as ((v: PyObject) => PyObject) | undefined;
    if (f) wrap(t, name, (v) => f(v), 0, 0);
  }
  if (s.nb_bool) wrap(t, '__bool__', (v) => s.nb_bool!(v), 0, 0);
  if (s.nb_index) wrap(t, '__index__', (v) => s.nb_index!(v), 0, 0);
  if (s.nb_int) wrap(t, '__int__', (v) => s.nb_int!(v), 0, 0);
  if (s.nb_float) {
    wrap(t, '__float__', (v) => new PyFloat(s.nb_float!(v)), 0, 0);
  }
  if (s.sq_length) wrap(t, '__len__', (v) => s.sq_length!(v), 0, 0);
  if (s.sq_contains) wrap(t, '__contains__', (v, a) => s.sq_contains!(v, a[0]), 1, 1);
  if (s.mp_subscript) wrap(t, '__getitem__', (v, a) => s.mp_subscript!(v, a[0]), 1, 1);
  if (s.mp_ass_subscript) {
    wrap(t, '__setitem__', (v, a) => {
      s.mp_ass_subscript!(v, a[0], a[1]);
      return None;
    }, 2, 2);
    wrap(t, '__delitem__', (v, a) => {
      s.mp_ass_subscript!(v, a[0], undefined);
      return None;
    }, 1, 1);
  }
  const takes = numberOperandTest(t);
  for (const info of NB_OPS) {
    const f = takes === undefined ? (s[info.slot] as BinarySlot | undefined) : numberSlot(t, s[info.slot] as BinarySlot | undefined, info.slot, takes);
    if (f && info.slot === 'nb_power') {
      // wrap_ternaryfunc(_r): __pow__(other, mod=None) / __rpow__(other, mod=None).
      wrap(t, info.dunder, (v, a) => (a.length === 2 && a[1] !== None ? ternaryPowSlot(t, v, a[0], a[1]) : f(v, a[0])), 1, 2);
      wrap(t, info.rdunder, (v, a) => (a.length === 2 && a[1] !== None ? ternaryPowSlot(t, a[0], v, a[1]) : f(a[0], v)), 1, 2);
    } else if (f) {
      wrap(t, info.dunder, (v, a) => f(v, a[0]), 1, 1);
      wrap(t, info.rdunder, (v, a) => f(a[0], v), 1, 1);
    } else if (info.slot === 'nb_add' && s.sq_concat) {
      const c = s.sq_concat;
      wrap(t, info.dunder, (v, a) => c(v, a[0]), 1, 1);
    } else if (info.slot === 'nb_multiply' && s.sq_repeat) {
      const r = s.sq_repeat;
      wrap(t, info.dunder, (v, a) => r(v, a[0]), 1, 1);
      wrap(t, info.rdunder, (v, a) => r(v, a[0]), 1, 1);
    }
    const fi = s[info.islot] as BinarySlot | undefined;
    if (fi) wrap(t, info.idunder, (v, a) => fi(v, a[0]), 1, 1);
  }
  const dm = takes === undefined ? s.nb_divmod : numberSlot(t, s.nb_divmod, 'nb_divmod', takes);
  if (dm) {
    wrap(t, '__divmod__', (v, a) => dm(v, a[0]), 1, 1);
    wrap(t, '__rdivmod__', (v, a) => dm(a[0], v), 1, 1);
  }
}

setFinalizeHook(exposeSlotsAsMethods);

function addMethodIfAbsent(t: PyType, name: string, impl: (self: PyObject, args: PyObject[], kw: KwArgs) => PyObject): void {
  if (!t.dict.has(name)) {
    addMethod(t, name, impl);
    markSlotWrapper(t.dict.get(name));
  }
}

function attrName(v: PyObject): string {
  if (typeof v !== 'string') raiseTypeError(`attribute name must be string, not '${typeOf(v).tpName}'`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Creating classes

/** type(name, bases, ns) / the metaclass call of a class statement (type_new). */
export function makeClass(meta: PyType, name: string, basesIn: PyObject[], ns: PyDict, kwargs: KwArgs): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) raiseTypeError(`bases must be types`);
    if (!b.isBaseType) raiseTypeError(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  // best_base: the base whose instance layout the class extends (its __base__); unrelated
  // layouts (int and str, two classes with __slots__) are a TypeError.
  const layoutBase = bestBase(bases);
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) raiseTypeError(`duplicate base class ${bases[i].name}`);
  }
  let modv = ns.getStr('__module__');
  // type_new_set_module: a namespace without __module__ (type(name, bases, ns) called directly)
  // takes the running frame's module name, as CPython reads PyEval_GetGlobals()['__name__'].
  let frameModule: PyObject | undefined;
  if (modv === undefined) {
    frameModule = runningModuleName();
    modv = frameModule;
  }
  const t = new PyType(name, bases, { heap: true, module: typeof modv === 'string' ? modv : 'builtins' });
  if (meta !== typeType) t.ob_type = meta;
  t.mro = mroC3(t, (m) => raiseTypeError(m));
  t.instancesHaveDict = true;
  // The class adds a __weakref__ slot (type_new_slots' add_weak) when no base gives its
  // instances one already and the layout allows it (not a variable-size int, tuple or bytes):
  // always without __slots__, only if named with them.
  const mayAddWeakref = !bases.some(typeHasWeakref) && !bases.some(isVarSizedType);
  let addsWeakref = mayAddWeakref;
  // Likewise a __dict__ slot (add_dict) when no base's instances have a dict already.
  const mayAddDict = !bases.some(typeHasDict);
  let addsDict = mayAddDict;
  const slotsDecl = ns.getStr('__slots__');
  const memberNames: string[] = [];
  if (slotsDecl !== undefined) {
    const names = typeof slotsDecl === 'string' ? [slotsDecl] : toArray(slotsDecl);
    // A variable-size base (int, tuple, bytes, type) takes no slots at all (type_new_slots_impl).
    if (names.length > 0 && isVarSizedLayout(layoutBase)) raiseTypeError(`nonempty __slots__ not supported for subtype of '${layoutBase.tpName}'`);
    let wantsDict = false;
    addsWeakref = false;
    addsDict = false;
    for (const n of names) {
      if (typeof n !== 'string') raiseTypeError(`__slots__ items must be strings, not '${typeOf(n).tpName}'`);
      if (n === '__dict__') {
        if (!mayAddDict || addsDict) raiseTypeError('__dict__ slot disallowed: we already got one');
        addsDict = true;
        wantsDict = true;
      } else if (n === '__weakref__') {
        if (!mayAddWeakref || addsWeakref) raiseTypeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addsWeakref = true;
      } else {
        if (ns.getStr(n) !== undefined) raiseValueError(`'${n}' in __slots__ conflicts with class variable`);
        // A private name is mangled as in the class body (`__x` in class C: _C__x).
        const member = mangle(name, n);
        ns.setStr(member, new PyMemberDescriptor(t, member));
        memberNames.push(member);
      }
    }
    // Instances get a __dict__ only if asked, or if a Python base class already gives one.
    t.instancesHaveDict = wantsDict || bases.some((b) => b.isHeapType && b.instancesHaveDict);
  }
  // CPython adds a __dict__ when the best base has none and __slots__ does not forbid it.
  noteClassLayout(t, layoutBase, { slots: slotsDecl === undefined ? null : memberNames.sort(), dict: addsDict, weakref: addsWeakref },
    !typeHasDict(layoutBase) && (slotsDecl === undefined || t.instancesHaveDict), typeof modv === 'string' && moduleRegistry.has(modv));
  for (const e of ns.entries()) {
    if (typeof e.key === 'string') t.dict.set(e.key, e.value);
  }
  if (frameModule !== undefined) t.dict.set('__module__', frameModule);
  const qn = t.dict.get('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') raiseTypeError(`type __qualname__ must be a str, not ${typeOf(qn).tpName}`);
    t.qualname = qn;
    t.dict.delete('__qualname__');
  }
  // The class body's __class__ cell (zero-argument super(), `__class__` in a method) is filled
  // here, so the class works as soon as type.__new__ returns (type_new_set_classcell);
  // __build_class__ then checks that it was.
  const classcell = t.dict.get('__classcell__');
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell)) raiseTypeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(classcell))}`);
    classcell.contents = t;
    t.dict.delete('__classcell__');
  }
  // A metaclass's own mro() decides the MRO (mro_invoke), once the class's dict is in place.
  if (meta !== typeType) {
    const mroMethod = meta.lookup('mro');
    if (mroMethod !== undefined && mroMethod !== typeType.dict.get('mro')) t.mro = customMro(t, callObject(bindDescriptor(mroMethod, t, meta), [], null));
  }
  // The slots' descriptors follow the namespace's entries, before __doc__, as in CPython's dict
  // (type_add_getset: an entry of the namespace with the same name stays).
  if (addsDict && !t.dict.has('__dict__')) t.dict.set('__dict__', instanceDictDescriptor(t));
  if (addsWeakref) t.dict.set('__weakref__', new PyGetSetDescriptor(t, '__weakref__', firstWeakref, null));
  if (!t.dict.has('__doc__')) t.dict.set('__doc__', None);
  // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods.
  const nw = t.dict.get('__new__');
  if (nw instanceof PyFunction) t.dict.set('__new__', new PyStaticMethod(nw));
  for (const cm of ['__init_subclass__', '__class_getitem__']) {
    const f = t.dict.get(cm);
    if (f instanceof PyFunction) t.dict.set(cm, new PyClassMethod(f));
  }
  if (t.dict.has('__eq__') && !t.dict.has('__hash__')) t.dict.set('__hash__', None);
  resolveSlots(t, heapSlotsOf);
  // __set_name__ on the attributes, then the parent's __init_subclass__.
  for (const [k, v] of [...t.dict]) {
    if (typeof v === 'object' && !(v instanceof PyFunction)) {
      const sn = typeOf(v).lookup('__set_name__');
      if (sn === undefined) continue;
      try {
        callObject(bindDescriptor(sn, v, typeOf(v)), [t, k], null);
      } catch (e) {
        // CPython 3.11 (type_new_set_names): the error becomes the cause of a RuntimeError
        if (!(e instanceof PyException)) throw e;
        const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeOf(v).tpName}' instance ${repr(k)} in '${t.tpName}'`);
        wrapped.cause = e;
        wrapped.context = e;
        wrapped.suppressContext = true;
        throw wrapped;
      }
    }
  }
  const sup = new PySuper(t, t, t);
  const isc = superGetAttr(sup, '__init_subclass__');
  if (isc !== undefined) callObject(isc, [], kwargs);
  return t;
}

/** setattr on a class: the dict changes, caches drop, slots follow the dunders. */
function typeSetAttr(t: PyType, name: string, value: PyObject | undefined): void {
  const meta = typeOf(t);
  const md = meta.lookup(name);
  if (md !== undefined && typeof md === 'object') {
    const set = md.ob_type.slots.tp_descr_set;
    if (set !== undefined) {
      set(md, t, value);
      return;
    }
  }
  if (!t.isHeapType) {
    raiseTypeError(`cannot set '${name}' attribute of immutable type '${t.tpName}'`);
  }
  if (value === undefined) {
    if (!t.dict.delete(name)) throw attributeError(t, name);
  } else {
    t.dict.set(name, value);
  }
  t.modified();
  if (name.startsWith('__') && name.endsWith('__')) refreshSlots(t);
}
setTypeSetAttr(typeSetAttr);

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    raiseTypeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/**
 * update_bases (PEP 560): a base that is not a class but has __mro_entries__ is replaced by the
 * classes that method returns for the original bases (`class P(NamedTuple)`,
 * `class C(Generic[T])`). Returns `orig` itself when nothing was replaced.
 */
function updateBases(orig: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < orig.length; i++) {
    const b = orig[i];
    const entries = b instanceof PyType ? undefined : getAttrOpt(b, '__mro_entries__');
    if (entries === undefined) {
      if (out !== null) out.push(b);
      continue;
    }
    if (out === null) out = orig.slice(0, i);
    const r = callObject(entries, [new PyTuple(orig)], null);
    if (!(r instanceof PyTuple)) raiseTypeError('__mro_entries__ must return a tuple');
    out.push(...r.items);
  }
  return out ?? orig;
}

/** What a metaclass's mro() returned, checked as CPython's mro_check: classes, the class first. */
function customMro(t: PyType, r: PyObject): PyType[] {
  const items = toArray(r);
  for (const c of items) {
    if (!(c instanceof PyType)) raiseTypeError(`mro() returned a non-class ('${typeOf(c).tpName}')`);
  }
  const mro = items as PyType[];
  if (mro[0] !== t) mro.unshift(t);
  return mro;
}

/**
 * Whether instances of `t` can be weakly referenced through a slot (CPython's tp_weaklistoffset
 * != 0): a Python class that added the `__weakref__` slot, or inherited one; among built-in types
 * those the _weakref module accepts (not int, float, complex, str, bytes, bytearray, tuple, list,
 * dict, NoneType, bool, object or an exception type; their Python subclasses add the slot).
 */
function typeHasWeakref(t: PyType): boolean {
  for (const k of t.mro) {
    if (!k.isHeapType) return !NO_WEAKREF_BUILTINS().includes(k) && !k.isSubtypeOf(ExcBase);
    if (k.dict.has('__weakref__') && !isBuiltinModuleClass(k)) return true;
  }
  return false;
}

/**
 * A class of one of pyvm's built-in modules written in Python (_socket.socket, ...): CPython's
 * is a C type, which the standard library subclasses with `__slots__ = ['__weakref__', ...]`
 * (socket.socket), so its own slot does not count as one a subclass already has.
 */
function isBuiltinModuleClass(k: PyType): boolean {
  const mod = k.dict.get('__module__');
  return typeof mod === 'string' && moduleRegistry.has(mod);
}
const NO_WEAKREF_BUILTINS = (): PyType[] => [intType, boolType, floatType, complexType, strType, bytesType, bytearrayType, tupleType, listType, dictType, noneType, objectType];

/**
 * Whether instances of `t` have a `__dict__` already (CPython's tp_dictoffset != 0): a Python
 * class whose instances have one, or a built-in type with its own `__dict__` descriptor
 * (exceptions, functions, type, functools.partial).
 */
function typeHasDict(t: PyType): boolean {
  for (const k of t.mro) {
    if (k.isHeapType) {
      // A class of pyvm's Python-source built-in modules stands for a C type (as for __weakref__).
      if (k.instancesHaveDict && !isBuiltinModuleClass(k)) return true;
    } else if (k !== objectType && k.dict.has('__dict__')) {
      return true;
    }
  }
  return false;
}

/**
 * A `__dict__` slot's descriptor (subtype_dict / subtype_setdict): for instances of `t` only;
 * deleting the attribute leaves an empty dict.
 */
function instanceDictDescriptor(t: PyType): PyGetSetDescriptor {
  const check = (v: PyObject): void => {
    const vt = typeOf(v);
    if (vt !== t && !vt.isSubtypeOf(t)) raiseTypeError(`descriptor '__dict__' for '${t.name}' objects doesn't apply to a '${vt.tpName}' object`);
  };
  const get = (v: PyObject): PyObject => {
    check(v);
    const d = typeof v === 'object' ? v.__dict__ : undefined;
    if (d === undefined) throw attributeError(v, '__dict__');
    return d;
  };
  const set = (v: PyObject, d: PyObject | undefined): void => {
    check(v);
    if (d !== undefined && !(d instanceof PyDict)) raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(d).tpName}'`);
    if (typeof v !== 'object' || v.__dict__ === undefined) throw attributeError(v, '__dict__');
    v.__dict__ = d ?? new PyDict();
  };
  return new PyGetSetDescriptor(t, '__dict__', get, set);
}

/** A variable-size layout (tp_itemsize != 0: int, tuple, bytes), which cannot take a __weakref__ slot. */
function isVarSizedType(t: PyType): boolean {
  return t.isSubtypeOf(intType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(bytesType);
}

/**
 * A `__weakref__` slot's value: the first weak reference taken to the object and still held by
 * the _weakref module (pyvm's references never die: runtime/modules/weakref_source.ts), or None.
 */
function firstWeakref(v: PyObject): PyObject {
  const mod = currentInterp().modules.getStr('_weakref');
  if (mod === undefined) return None;
  const first = getAttrOpt(mod, '_first_ref');
  return first === undefined ? None : callObject(first, [v], null);
}

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
export function buildClass(args: PyObject[], kwargs: KwArgs): PyObject {
  if (args.length < 2) raiseTypeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) raiseTypeError('__build_class__: func must be a function');
  if (typeof name !== 'string') raiseTypeError('__build_class__: name is not a string');
  const origBases = args.slice(2);
  const bases = updateBases(origBases);
  let kw = kwargs;
  let meta: PyObject | undefined = kw?.get('metaclass');
  if (meta !== undefined) {
    kw = new Map(kw!);
    kw.delete('metaclass');
    if (kw.size === 0) kw = null;
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else if (meta instanceof PyType) isClass = true;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  let ns: PyObject;
  const prep = meta instanceof PyType ? meta.lookup('__prepare__') : undefined;
  if (prep !== undefined && prep !== typePrepare) ns = callObject(bindDescriptor(prep, undefined, meta as PyType), [name, new PyTuple(bases)], kw);
  else ns = new PyDict();
  if (!(ns instanceof PyDict)) raiseTypeError(`${meta instanceof PyType ? meta.name : '?'}.__prepare__() must return a mapping, not ${typeOf(ns).tpName}`);
  const cell = currentInterp().backend.runClassBody(func, ns);
  if (bases !== origBases) setItem(ns, '__orig_bases__', new PyTuple(origBases));
  const cls = callObject(meta, [name, new PyTuple(bases), ns], kw);
  // type.__new__ filled the cell; a metaclass that did not pass __classcell__ on (or made
  // another class with it) is an error, as in CPython 3.8+.
  if (cell instanceof PyCell && cls instanceof PyType) {
    const got = cell.contents;
    if (got === undefined) {
      throw newException(RuntimeError, `__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    }
    if (got !== cls) raiseTypeError(`__class__ set to ${repr(got)} defining ${repr(name)} as ${repr(cls)}`);
  }
  return cls;
}
builtinsRegistry.set('__build_class__', new PyBuiltinFunction('__build_class__', buildClass));
// type.__prepare__(name, bases, **kwds): a new dict, what a metaclass's own __prepare__ gets
// from super().__prepare__() (buildClass makes that dict itself when type's is the one found)
addClassMethod(typeType, '__prepare__', () => new PyDict());
const typePrepare = typeType.dict.get('__prepare__');

// ---------------------------------------------------------------------------------------------
// object and type slots

const objectNew = (type: PyType, args: PyObject[], kwargs: KwArgs): PyObject => {
  const excess = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (excess) {
    if (type.slots.tp_new !== objectNew) raiseTypeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.slots.tp_init === objectInit) raiseTypeError(`${type.tpName}() takes no arguments`);
  }
  if (!type.isHeapType && type !== objectType) raiseTypeError(`object.__new__(${type.tpName}) is not safe, use ${type.tpName}.__new__()`);
  if (type.isAbstract) raiseAbstractInstantiation(type);
  const inst = new PyInstance(type);
  if (!type.instancesHaveDict) (inst as PyBase).__dict__ = undefined;
  return inst;
};
const objectInit = (self: PyObject, args: PyObject[], kwargs: KwArgs): void => {
  const excess = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (excess) {
    const type = typeOf(self);
    if (type.slots.tp_init !== objectInit) raiseTypeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.slots.tp_new === objectNew) raiseTypeError(`${type.tpName}() takes no arguments`);
  }
};
/** object_new's refusal for a type with abstract methods (their names sorted). */
function raiseAbstractInstantiation(type: PyType): never {
  const am = type.dict.get('__abstractmethods__');
  const names = am === undefined ? [] : toArray(am).map((n) => str(n)).sort();
  raiseTypeError(`Can't instantiate abstract class ${type.tpName} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}

// type.__abstractmethods__ (type_abstractmethods / type_set_abstractmethods): the value lives
// in the class's own dict; setting it keeps the type's isAbstract flag, which object.__new__
// and the VMs' direct instance creation (inlinableInit) test.
addGetSet(typeType, '__abstractmethods__', (tv) => {
  const t = tv as PyType;
  const v = t === typeType ? undefined : t.dict.get('__abstractmethods__');
  if (v === undefined) throw newException(AttributeError, '__abstractmethods__');
  return v;
}, (tv, value) => {
  const t = tv as PyType;
  if (!t.isHeapType) raiseTypeError(`cannot set '__abstractmethods__' attribute of immutable type '${t.tpName}'`);
  if (value === undefined) {
    if (!t.dict.delete('__abstractmethods__')) throw newException(AttributeError, '__abstractmethods__');
    t.isAbstract = false;
  } else {
    const abstract = isTrue(value);
    t.dict.set('__abstractmethods__', value);
    t.isAbstract = abstract;
  }
  t.modified();
});

// type.__flags__ (tp_flags): the bits Python code tests. copyreg._reduce_ex looks for the first
// base that is not a heap type (HEAPTYPE); inspect and typing test ABSTRACT and the
// fast-subclass bits. Values as CPython 3.11's Include/object.h.
const TPFLAGS_SUBCLASS_BITS: [() => PyType, number][] = [
  [() => intType, 1 << 24], [() => listType, 1 << 25], [() => tupleType, 1 << 26], [() => bytesType, 1 << 27],
  [() => strType, 1 << 28], [() => dictType, 1 << 29], [() => ExcBase, 1 << 30], [() => typeType, 2 ** 31],
];
addGetSet(typeType, '__flags__', (tv) => {
  const t = tv as PyType;
  // READY, HEAPTYPE or IMMUTABLETYPE, BASETYPE, IS_ABSTRACT and the subclass bit
  let flags = (1 << 12) + (t.isHeapType ? 1 << 9 : 1 << 8) + (t.isHeapType || t.isBaseType ? 1 << 10 : 0) + (t.isAbstract ? 1 << 20 : 0);
  for (const [base, bit] of TPFLAGS_SUBCLASS_BITS) {
    if (t === base() || t.isSubtypeOf(base())) {
      flags += bit;
      break;
    }
  }
  return flags;
});

// type.__itemsize__ (tp_itemsize): the size of a variable-length type's items, inherited from
// the nearest built-in base (tuple 8, int 4, bytes 1, type 40; 0 for fixed-size types).
const ITEMSIZES: [() => PyType, number][] = [[() => tupleType, 8], [() => intType, 4], [() => bytesType, 1], [() => typeType, 40]];
addGetSet(typeType, '__itemsize__', (tv) => {
  const t = tv as PyType;
  for (const [base, size] of ITEMSIZES) if (t === base() || t.isSubtypeOf(base())) return size;
  return 0;
});

// type.__annotations__ (type_get_annotations, 3.10+): a class's own `__annotations__` entry,
// made an empty dict in the class's namespace on first read; built-in types have none.
addGetSet(typeType, '__annotations__', (tv) => {
  const t = tv as PyType;
  if (!t.isHeapType) raiseAttributeError(`type object '${t.name}' has no attribute '__annotations__'`);
  const own = t.dict.get('__annotations__');
  if (own !== undefined) {
    const get = typeOf(own).slots.tp_descr_get;
    return get !== undefined ? get(own, None, t) : own;
  }
  const d = new PyDict();
  t.dict.set('__annotations__', d);
  t.modified();
  return d;
}, (tv, value) => {
  const t = tv as PyType;
  if (!t.isHeapType) raiseTypeError(`cannot ${value === undefined ? 'delete' : 'set'} '__annotations__' attribute of immutable type '${t.name}'`);
  if (value === undefined) {
    if (!t.dict.has('__annotations__')) raiseAttributeError('__annotations__');
    t.dict.delete('__annotations__');
  } else {
    t.dict.set('__annotations__', value);
  }
  t.modified();
});

// __isabstractmethod__ (abc): a property is abstract when any of its functions is, a
// classmethod or staticmethod when the function it wraps is.
const isAbstractCallable = (f: PyObject): boolean => {
  if (f === None) return false;
  const v = getAttrOpt(f, '__isabstractmethod__');
  return v !== undefined && isTrue(v);
};
addGetSet(propertyType, '__isabstractmethod__', (p) => {
  const pp = p as PyProperty;
  return isAbstractCallable(pp.fget) || isAbstractCallable(pp.fset) || isAbstractCallable(pp.fdel);
});
addGetSet(classmethodType, '__isabstractmethod__', (p) => isAbstractCallable((p as PyClassMethod).callable));
addGetSet(staticmethodType, '__isabstractmethod__', (p) => isAbstractCallable((p as PyStaticMethod).callable));

// object.__subclasshook__: the default answer of abc's subclass checks.
objectType.dict.set('__subclasshook__', new PyClassMethod(new PyBuiltinFunction('__subclasshook__', () => NotImplemented)));

setSlots(objectType, {
  tp_new: objectNew,
  tp_init: objectInit,
  tp_str: (v) => repr(v),
});

/** type.__call__: tp_new, then tp_init when the result is an instance of the type. */
const typeCall = (tv: PyObject, args: PyObject[], kwargs: KwArgs): PyObject => {
  const t = tv as PyType;
  if (t === typeType && args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
  const nw = t.slots.tp_new;
  // A built-in type with no __new__ of its own over object's (list_iterator, generator,
  // dict_keys...) cannot be called at all: CPython's type_ready_set_new gives such a static
  // type Py_TPFLAGS_DISALLOW_INSTANTIATION, before any argument is looked at.
  if (nw === undefined || (nw === objectNew && !t.isHeapType && t !== objectType)) raiseTypeError(`cannot create '${t.tpName}' instances`);
  const obj = nw(t, args, kwargs);
  const ot = typeOf(obj);
  if (ot !== t && !ot.isSubtypeOf(t)) return obj;
  const init = ot.slots.tp_init;
  if (init === objectInit) {
    // object.__init__ can only raise (for excess arguments) when __new__ is object's too:
    // float(x), tuple(l), bool(v) skip the call.
    if (ot.slots.tp_new === objectNew) objectInit(obj, args, kwargs);
  } else if (init !== undefined) init(obj, args, kwargs);
  return obj;
};
// ---------------------------------------------------------------------------------------------
// Instance creation inside a VM's own loop (CPython 3.12's CALL_ALLOC_AND_ENTER_INIT)
//
// `C(args)` through typeCall runs __init__ via callObject -> backend.callFunction: a nested
// eval loop (JS recursion) per instance. When C is created by object.__new__ and initialised
// by a plain Python __init__, a VM can instead allocate the instance here, push the
// __init__ frame itself (self first, then the call's arguments) and, when that frame
// returns, deliver the instance after `checkInitResult`. The observable behaviour is
// typeCall's: same allocation, same argument errors (bound against __init__), same
// TypeError for a non-None return, raised at the caller's CALL.

const CO_NOT_PLAIN = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * The __init__ function a VM may enter directly for the call `t(...)`, or null when the
 * call must go through callObject: t's metaclass must call with typeCall, t's tp_new must
 * be object's (or, for a VM that passes `withArgs` and gives allocInstance the call's
 * arguments, BaseException's: an exception class with a Python __init__), its tp_init the
 * __init__ slot wrapper and __init__ (along the MRO) a Python function that is not a
 * generator or coroutine function.
 */
export function inlinableInit(t: PyType, withArgs = false): PyFunction | null {
  if (t.ob_type.slots.tp_call !== typeCall) return null;
  // Cached by the class's version (a change to the class or a base, __init__ or __new__
  // included, gives a new one): the MRO lookup of __init__ was a Map lookup per instance.
  if (t.inlInitVersion !== t.version) findInlinableInit(t);
  return withArgs || !t.inlInitArgs ? t.inlInit : null;
}

function findInlinableInit(t: PyType): void {
  let found: PyFunction | null = null;
  const nw = t.slots.tp_new;
  const exc = nw === baseExceptionNew();
  if ((nw === objectNew || exc) && t.slots.tp_init === initSlotWrapper && !t.isAbstract) {
    const init = t.lookup('__init__');
    if (init instanceof PyFunction && (init.code.co_flags & CO_NOT_PLAIN) === 0) found = init;
  }
  t.inlInit = found;
  t.inlInitArgs = exc;
  t.inlInitVersion = t.version;
}

/** BaseException's tp_new (runtime/exception_methods.ts, set after this module is loaded). */
function baseExceptionNew(): unknown {
  return ExcBase.ownSlots.tp_new;
}

/**
 * The new object for a type `inlinableInit` accepted: object.__new__(t) (its argument checks
 * cannot fail then), or for an exception class BaseException.__new__(t, *args) with the
 * call's positional arguments `args[start .. start + n)`.
 */
export function allocInstance(t: PyType, args?: readonly (PyObject | undefined)[], start = 0, n = 0): PyObject {
  if (t.inlInitArgs) return t.slots.tp_new!(t, args!.slice(start, start + n) as PyObject[], null);
  const inst = new PyInstance(t);
  if (!t.instancesHaveDict) (inst as PyBase).__dict__ = undefined;
  return inst;
}

/** The TypeError for an __init__ that returned `r` (not None). */
export function initResultError(r: PyObject): PyException {
  return newException(TypeError, `__init__() should return None, not '${typeOf(r).tpName}'`);
}

setSlots(typeType, {
  tp_call: typeCall,
  tp_new: (meta, args, kwargs) => {
    if (args.length === 1 && meta === typeType) return typeOf(args[0]);
    if (args.length !== 3) raiseTypeError('type() takes 1 or 3 arguments');
    const [name, bases, ns] = args;
    if (typeof name !== 'string') raiseTypeError(`type.__new__() argument 1 must be str, not ${typeOf(name).tpName}`);
    if (!(bases instanceof PyTuple)) raiseTypeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).tpName}`);
    if (!(ns instanceof PyDict)) raiseTypeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).tpName}`);
    const m = calculateMetaclass(meta, bases.items);
    checkTypeName(name);
    return makeClass(m, name, bases.items, ns, kwargs);
  },
  tp_init: () => undefined,
  tp_repr: (tv) => {
    const t = tv as PyType;
    return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
  },
});

// type's attributes
addGetSet(typeType, '__name__', (t) => (t as PyType).name, (t, v) => {
  if (typeof v !== 'string') raiseTypeError(`can only assign string to ${(t as PyType).name}.__name__, not '${typeOf(v ?? None).tpName}'`);
  checkTypeName(v);
  (t as PyType).name = v;
});
/** CPython keeps a type's name as a C string (tp_name): a NUL in it is refused. */
function checkTypeName(name: string): void {
  if (name.includes('\0')) raiseValueError('type name must not contain null characters');
}
addGetSet(typeType, '__qualname__', (t) => (t as PyType).qualname, (t, v) => {
  if (typeof v !== 'string') raiseTypeError(`can only assign string to ${(t as PyType).name}.__qualname__, not '${typeOf(v ?? None).tpName}'`);
  (t as PyType).qualname = v;
});
addGetSet(typeType, '__module__', (t) => {
  const tt = t as PyType;
  return tt.isHeapType ? tt.dict.get('__module__') ?? tt.module : tt.module;
}, (t, v) => {
  (t as PyType).dict.set('__module__', v ?? None);
});
addGetSet(typeType, '__bases__', (t) => new PyTuple((t as PyType).bases));
addGetSet(typeType, '__base__', (t) => baseOf(t as PyType) ?? None);
addGetSet(typeType, '__mro__', (t) => new PyTuple((t as PyType).mro));
addGetSet(typeType, '__doc__', (t) => {
  const tt = t as PyType;
  if (!tt.isHeapType) return tt.doc ?? None;
  // A descriptor in the class dict is bound to the class (type_get_doc): a class property
  // (classmethod(property(f))) computes the docstring.
  const d = tt.dict.get('__doc__') ?? None;
  const get = typeOf(d).slots.tp_descr_get;
  return get !== undefined ? get(d, undefined, tt) : d;
}, (t, v) => {
  // type_set_doc: a class's __doc__ is its dict's entry; a built-in type's cannot change.
  const tt = t as PyType;
  if (!tt.isHeapType) raiseTypeError(`cannot set '__doc__' attribute of immutable type '${tt.tpName}'`);
  if (v === undefined) raiseTypeError(`cannot delete '__doc__' attribute of immutable type '${tt.tpName}'`);
  tt.dict.set('__doc__', v);
  tt.modified();
});
addGetSet(typeType, '__dict__', (t) => {
  // A read-only view in CPython (mappingproxy); a fresh dict snapshot here.
  const d = new PyDict();
  for (const [k, v] of (t as PyType).dict) d.setStr(k, v);
  return d;
});
addMethod(typeType, 'mro', (t) => {
  return new PyList((t as PyType).mro.slice());
}, { maxArgs: 0 });
addMethod(typeType, '__subclasses__', (t) => {
  return new PyList((t as PyType).subclasses.slice());
}, { maxArgs: 0 });
addMethod(typeType, '__instancecheck__', (t, a) => isInstance(a[0], t as PyType), { minArgs: 1, maxArgs: 1 });
addMethod(typeType, '__subclasscheck__', (t, a) => {
  if (!(a[0] instanceof PyType)) raiseTypeError('issubclass() arg 1 must be a class');
  return a[0].isSubtypeOf(t as PyType);
}, { minArgs: 1, maxArgs: 1 });

// object's attributes
addGetSet(objectType, '__class__', (v) => typeOf(v), (v, nt) => {
  if (!(nt instanceof PyType)) raiseTypeError(`__class__ must be set to a class, not '${typeOf(nt ?? None).tpName}' object`);
  // Both classes defined in Python (object_set_class), then their layouts must agree: an
  // instance of a subclass of int, list or an exception may change class within its layout.
  if (typeof v !== 'object' || !nt.isHeapType || !typeOf(v).isHeapType) raiseTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  checkClassAssignment(typeOf(v), nt);
  v.ob_type = nt;
});
addGetSet(objectType, '__dict__', (v) => {
  const d = typeof v === 'object' ? v.__dict__ : undefined;
  if (d === undefined) throw attributeError(v, '__dict__');
  return d;
}, (v, d) => {
  if (!(d instanceof PyDict)) raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(d ?? None).tpName}'`);
  if (typeof v !== 'object' || v.__dict__ === undefined) throw attributeError(v, '__dict__');
  v.__dict__ = d;
});
objectType.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltinFunction('__init_subclass__', (args, kw) => {
  // METH_NOARGS, bound to the class: keywords are checked first, then the count.
  const t = args[0] as PyType;
  if (kw !== null && kw.size > 0) raiseTypeError(`${t.name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) raiseTypeError(`${t.name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
})));
addMethod(objectType, '__format__', (v, a) => {
  const spec = a[0];
  if (typeof spec !== 'string') raiseTypeError(`__format__() argument must be str, not ${typeOf(spec).tpName}`);
  if (spec !== '') raiseTypeError(`unsupported format string passed to ${typeOf(v).tpName}.__format__`);
  return str(v);
}, { minArgs: 1, maxArgs: 1 });
addMethod(objectType, '__dir__', (v) => {
  const names = new Set<string>();
  if (typeof v === 'object' && v.__dict__ !== undefined) for (const k of v.__dict__.keys()) if (typeof k === 'string') names.add(k);
  for (const t of typeOf(v).mro) for (const k of t.dict.keys()) names.add(k);
  return new PyList([...names]);
}, { maxArgs: 0 });
// type.__dir__ (type_dir): a class lists its own attributes and its bases', not its
// metaclass's (object.__dir__ above would list type's methods for every class).
addMethod(typeType, '__dir__', (v) => {
  const names = new Set<string>();
  for (const t of (v as PyType).mro) for (const k of t.dict.keys()) if (typeof k === 'string') names.add(k);
  return new PyList([...names]);
}, { maxArgs: 0 });

// ---------------------------------------------------------------------------------------------
// super

export class PySuper extends PyBase {
  constructor(public readonly thisType: PyType, public readonly obj: PyObject, public readonly objType: PyType) {
    super();
  }
}
(PySuper.prototype as PyBase).ob_type = superType;

/** super's attribute lookup (super_getattro): the MRO of type(obj) after thisType. */
export function superGetAttr(s: PySuper, name: string): PyObject | undefined {
  if (name !== '__class__') {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) {
        if (typeof v === 'object') {
          const g = v.ob_type.slots.tp_descr_get;
          if (g !== undefined) return g(v, s.obj === s.objType ? undefined : s.obj, s.objType);
        }
        return v;
      }
    }
  }
  return genericGetAttr(s, name);
}

function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(type)) return t;
  raiseTypeError('super(type, obj): obj must be an instance or subtype of type');
}

setSlots(superType, {
  tp_new: (_t, args, kw) => {
    if (kw !== null && kw.size > 0) raiseTypeError('super() takes no keyword arguments');
    if (args.length > 2) raiseTypeError(`super() expected at most 2 arguments, got ${args.length}`);
    if (args.length === 0) {
      const [cls, self] = currentInterp().backend.superArgs();
      return new PySuper(cls, self, superCheck(cls, self));
    }
    const type = args[0];
    if (!(type instanceof PyType)) raiseTypeError(`super() argument 1 must be a type, not ${typeOf(type).tpName}`);
    if (args.length === 1) return new PySuper(type, None, type);
    return new PySuper(type, args[1], superCheck(type, args[1]));
  },
  tp_init: () => undefined,
  tp_getattro: (s, name) => superGetAttr(s as PySuper, name),
  tp_repr: (s) => {
    const ss = s as PySuper;
    return `<super: <class '${ss.thisType.name}'>, <${ss.objType.name} object>>`;
  },
});
addGetSet(superType, '__thisclass__', (s) => (s as PySuper).thisType);
addGetSet(superType, '__self__', (s) => (s as PySuper).obj);

void Py_EQ;
void Py_NE;
void intType;
void TypeError;
void addressOf;
void raiseAttributeError;

// ---------------------------------------------------------------------------------------------
// Generic aliases of the built-in containers (list[int], dict[str, int]): types.GenericAlias,
// reduced to what annotations and printing need (repr, __origin__, __args__, calling it).

export class PyGenericAlias extends PyBase {
  constructor(public readonly origin: PyType, public readonly args: PyTuple) {
    super();
  }
}
const genericAliasType = makeBuiltinType('GenericAlias', objectType, { module: 'types' });
(PyGenericAlias.prototype as PyBase).ob_type = genericAliasType;

function aliasArgRepr(a: PyObject): string {
  if (a === Ellipsis) return '...';
  if (a instanceof PyType) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`;
  return repr(a);
}
setSlots(genericAliasType, {
  tp_repr: (g) => {
    const ga = g as PyGenericAlias;
    const items = ga.args.items;
    return `${aliasArgRepr(ga.origin)}[${items.length === 0 ? '()' : items.map(aliasArgRepr).join(', ')}]`;
  },
  tp_call: (g, args, kw) => callObject((g as PyGenericAlias).origin, args, kw),
  tp_getattro: (g, name) => {
    const ga = g as PyGenericAlias;
    if (name === '__origin__') return ga.origin;
    if (name === '__args__') return ga.args;
    return genericGetAttr(g, name) ?? genericGetAttr(ga.origin, name);
  },
  tp_richcompare: (a, b, op) => {
    if (!(b instanceof PyGenericAlias) || (op !== Py_EQ && op !== Py_NE)) return NotImplemented;
    const ga = a as PyGenericAlias;
    const eq = ga.origin === b.origin && isTrue(richCompareOp(ga.args, b.args));
    return op === Py_EQ ? eq : !eq;
  },
  tp_hash: (g) => hashOf((g as PyGenericAlias).args) ^ hashOf((g as PyGenericAlias).origin),
});
function richCompareOp(a: PyObject, b: PyObject): PyObject {
  const { richCompare } = require('./ops') as typeof import('./ops');
  return richCompare(a, b, Py_EQ);
}
import { Ellipsis } from './object';
import { listType, dictType, tupleType, setType, frozensetType, typeType as typeTypeRef2 } from './types';
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeTypeRef2]) {
  t.dict.set('__class_getitem__', new PyClassMethod(new PyBuiltinFunction('__class_getitem__', (args) => {
    const item = args[1];
    return new PyGenericAlias(args[0] as PyType, item instanceof PyTuple ? item : new PyTuple([item]));
  })));
  t.modified();
}

// ---------------------------------------------------------------------------------------------
// X | Y on classes: types.UnionType. Represented as a tuple of the member classes (None
// stored as NoneType) with its own type, so isinstance/issubclass treat it as the tuple of
// alternatives CPython checks against.

import { noneType } from './types';
export const unionType = makeBuiltinType('UnionType', tupleType, { module: 'types' });

function unionMembers(v: PyObject): PyObject[] | null {
  if (v === None) return [noneType];
  if (v instanceof PyType || v instanceof PyGenericAlias) return [v];
  if (v instanceof PyTuple && v.ob_type === unionType) return v.items;
  return null;
}

const unionOr = (v: PyObject, w: PyObject): PyObject => {
  const a = unionMembers(v);
  const b = unionMembers(w);
  if (a === null || b === null) return NotImplemented;
  const items: PyObject[] = [];
  for (const x of [...a, ...b]) if (!items.includes(x)) items.push(x);
  if (items.length === 1) return items[0];
  const u = new PyTuple(items);
  u.ob_type = unionType;
  return u;
};
setSlots(typeType, { nb_or: unionOr });
setSlots(unionType, {
  nb_or: unionOr,
  tp_repr: (u) => (u as PyTuple).items.map((x) => (x === noneType ? 'None' : aliasArgRepr(x))).join(' | '),
  tp_richcompare: (a, b, op) => {
    if (!(b instanceof PyTuple) || b.ob_type !== unionType || (op !== Py_EQ && op !== Py_NE)) return NotImplemented;
    // union_richcompare: the members compared as sets (list[T] | int == list[T] | int)
    const eq = isTrue(richCompare(makeFrozenSet((a as PyTuple).items), makeFrozenSet(b.items), Py_EQ));
    return op === Py_EQ ? eq : !eq;
  },
  // union_hash: hash(frozenset(args)), as typing.Union's
  tp_hash: (u) => hashOf(makeFrozenSet((u as PyTuple).items)),
});
addGetSet(unionType, '__args__', (u) => new PyTuple((u as PyTuple).items.map((x) => (x === noneType ? noneType : x))));

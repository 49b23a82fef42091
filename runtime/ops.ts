// The generic operations of the abstract object layer (CPython's Objects/abstract.c and
// object.c): binary and in-place operators with reflected dispatch and NotImplemented, rich
// comparison, truth, hash, iteration, len, contains, subscripting, repr and str.
//
// Both VMs call these; each VM may inline a fast path for small ints or strings first, but
// the result must always be the one these functions give.

import { PyBase, PyObject, PyFloat, PyTuple, None, NotImplemented, Ellipsis } from './object';
import { PyType, KwArgs, TypeSlots, BinarySlot, CompareOp, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE } from './type';
import { typeOf, objectType, intType, boolType, strType, floatType, typeType, tupleType, listType, dictType, setType, noneType, ellipsisType, notImplementedType, setSlots } from './types';
import { PyDict } from './dict';
import type { HashTable } from './dict';
import { raiseTypeError, PyException, StopIteration, TypeError, raiseType, newException, RecursionError } from './exceptions';
import { currentInterpOrNull } from './interp';
import { setReprHook, identityHash, addressOf } from './function';
import { callObject } from './call';
import { numericHash } from './numeric';
import { floatRepr } from './float_repr';
import { floatPow } from './float_ops';
import { strRepr } from './str_repr';
import { intRepr, intAdd, intSub, intMul, intFloorDiv, intMod, intAnd, intOr, intXor, intLshift, intRshift } from './int_ops';

// ---------------------------------------------------------------------------------------------
// Binary operators

/** One binary operator: its slot, in-place slot, reflected dunder names and symbol. */
export interface BinaryOpInfo {
  readonly slot: keyof TypeSlots & `nb_${string}`;
  readonly islot: keyof TypeSlots & `nb_inplace_${string}`;
  readonly symbol: string;
  readonly dunder: string;
  readonly rdunder: string;
  readonly idunder: string;
}

function op(slot: string, symbol: string, name: string): BinaryOpInfo {
  return {
    slot: `nb_${slot}` as BinaryOpInfo['slot'],
    islot: `nb_inplace_${slot}` as BinaryOpInfo['islot'],
    symbol,
    dunder: `__${name}__`,
    rdunder: `__r${name}__`,
    idunder: `__i${name}__`,
  };
}

/** Indexed as BINARY_OP's oparg (CPython 3.11's NB_* constants; 13.. are the in-place forms). */
export const NB_OPS: readonly BinaryOpInfo[] = [
  op('add', '+', 'add'),
  op('and', '&', 'and'),
  op('floor_divide', '//', 'floordiv'),
  op('lshift', '<<', 'lshift'),
  op('matrix_multiply', '@', 'matmul'),
  op('multiply', '*', 'mul'),
  op('remainder', '%', 'mod'),
  op('or', '|', 'or'),
  op('power', '**', 'pow'),
  op('rshift', '>>', 'rshift'),
  op('subtract', '-', 'sub'),
  op('true_divide', '/', 'truediv'),
  op('xor', '^', 'xor'),
];
export const NB_ADD = 0;
export const NB_MULTIPLY = 5;
export const NB_INPLACE_OFFSET = 13;

/** binary_op1: the slot dispatch with the reflected-operand rule; NotImplemented if neither side handles it. */
function binaryOp1(v: PyObject, w: PyObject, slot: BinaryOpInfo['slot']): PyObject {
  const tv = typeOf(v);
  const tw = typeOf(w);
  const sv = tv.slots[slot] as BinarySlot | undefined;
  let sw = tw !== tv ? (tw.slots[slot] as BinarySlot | undefined) : undefined;
  if (sw === sv) sw = undefined;
  if (sv !== undefined) {
    if (sw !== undefined && tw.isSubtypeOf(tv)) {
      const r = sw(v, w);
      if (r !== NotImplemented) return r;
      sw = undefined;
    }
    const r = sv(v, w);
    if (r !== NotImplemented) return r;
  }
  if (sw !== undefined) return sw(v, w);
  return NotImplemented;
}

function unsupported(v: PyObject, w: PyObject, symbol: string): never {
  raiseTypeError(`unsupported operand type(s) for ${symbol}: '${typeOf(v).tpName}' and '${typeOf(w).tpName}'`);
}

/** `v <op> w` for BINARY_OP's oparg 0..12 (PyNumber_Add ...). */
export function binaryOp(index: number, v: PyObject, w: PyObject): PyObject {
  const info = NB_OPS[index];
  const r = binaryOp1(v, w, info.slot);
  if (r !== NotImplemented) return r;
  return sequenceFallback(index, v, w, info.symbol);
}

function sequenceFallback(index: number, v: PyObject, w: PyObject, symbol: string): PyObject {
  if (symbol === '**') symbol = '** or pow()';
  if (index === NB_ADD) {
    const c = typeOf(v).slots.sq_concat;
    if (c !== undefined) return c(v, w);
  } else if (index === NB_MULTIPLY) {
    const rv = typeOf(v).slots.sq_repeat;
    if (rv !== undefined) return rv(v, w);
    const rw = typeOf(w).slots.sq_repeat;
    if (rw !== undefined) return rw(w, v);
  }
  return unsupported(v, w, symbol);
}

/** `v <op>= w` (PyNumber_InPlaceAdd ...): the in-place slot of v, then the binary operator. */
export function inplaceOp(index: number, v: PyObject, w: PyObject): PyObject {
  const info = NB_OPS[index];
  const is = typeOf(v).slots[info.islot] as BinarySlot | undefined;
  if (is !== undefined) {
    const r = is(v, w);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(v, w, info.slot);
  if (r !== NotImplemented) return r;
  return sequenceFallback(index, v, w, info.symbol + '=');
}

/** BINARY_OP's oparg: 0..12 binary, 13..25 in-place. */
export function binaryOpByOparg(oparg: number, v: PyObject, w: PyObject): PyObject {
  return oparg < NB_INPLACE_OFFSET ? binaryOp(oparg, v, w) : inplaceOp(oparg - NB_INPLACE_OFFSET, v, w);
}

// ---------------------------------------------------------------------------------------------
// BINARY_OP and COMPARE_OP as both VMs execute them (issue 8: one fast path, shared)
//
// Exact-type fast paths (safe-integer ints, exact floats, str concatenation); everything
// else goes to binaryOpByOparg/richCompare. Deliberately small functions OUTSIDE the eval
// loops: TurboFan inlines `new PyFloat(...)` here, which it stops doing inside a loop as big
// as the stack VM's once that function's inlining budget is spent (the float path then made
// a real call to the PyFloat constructor; see docs/performance.md, V's section).

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// The float class and type as constants of this module. TypeScript's CommonJS output reads an
// import as a property of the imported module's exports object (`object_1.PyFloat`), a field that
// is first set to undefined and then assigned, which V8 marks mutable: every use in optimised code
// is a load plus a check against the call's feedback. A const binding of this module is a constant
// to TurboFan. binaryOpFast's float path called 3e6 x 3 times: 14.3 -> 12.5 ns per operation (CPU
// time, best of 6); see docs/performance.md, "Floats and library, session 8 (L)". If this module
// were ever evaluated before types.ts had set floatType, floatTypeK would be undefined and floats
// would only miss these fast paths (a PyFloat's ob_type is never undefined), not change results.
const FloatK: typeof PyFloat = PyFloat;
const floatTypeK: PyType = floatType;

/** BINARY_OP `oparg` (0..12 binary, 13..25 in-place) on v, w. */
export function binaryOpFast(oparg: number, v: PyObject, w: PyObject): PyObject {
  if (v instanceof FloatK && v.ob_type === floatTypeK) {
    let b: number;
    if (w instanceof FloatK && w.ob_type === floatTypeK) b = w.value;
    else if (typeof w === 'number') b = w;
    else return binaryOpByOparg(oparg, v, w);
    const a = v.value;
    switch (oparg) {
      case 0:
      case 13:
        return new FloatK(a + b);
      case 10:
      case 23:
        return new FloatK(a - b);
      case 5:
      case 18:
        return new FloatK(a * b);
      case 11:
      case 24:
        if (b !== 0) return new FloatK(a / b);
        break;
      case 8: // ** (float's nb_power; a safe-integer exponent is exact as a double)
      case 21:
        return floatPowObject(a, b);
    }
    return binaryOpByOparg(oparg, v, w);
  }
  if (typeof v === 'number' && typeof w === 'number') {
    let r: number;
    switch (oparg) {
      case 0: // +
      case 13: // +=
        r = v + w;
        return r > MAX_SAFE || r < -MAX_SAFE ? exactIntOp(oparg, v, w) : r;
      case 10: // -
      case 23:
        r = v - w;
        return r > MAX_SAFE || r < -MAX_SAFE ? exactIntOp(oparg, v, w) : r;
      case 5: // *
      case 18:
        r = v * w;
        // Not exact beyond 2**53, and -0 is no Python int: both go the general way.
        return !Number.isSafeInteger(r) || (r === 0 && (v < 0 || w < 0)) ? exactIntOp(oparg, v, w) : r;
      case 6: // %
      case 19:
        return w > 0 && v >= 0 ? v % w : exactIntOp(oparg, v, w);
      case 2: // //
      case 15:
        return w > 0 && v >= 0 ? Math.floor(v / w) : exactIntOp(oparg, v, w);
      case 11: // /  (safe integers are exact doubles, so JS division rounds as CPython's)
      case 24:
        return w !== 0 ? new FloatK(v / w) : exactIntOp(oparg, v, w);
      // Bitwise operators (R's lead: collatz's n & 1, n >> 1). On 32-bit ints JS's two's
      // complement & | ^ give Python's results; >> floors like Python; shifts by a power of
      // two are exact in doubles. Anything else (big values, negative or large counts) goes
      // the general way.
      case 1: // &
      case 14:
        return (v | 0) === v && (w | 0) === w ? v & w : exactIntOp(oparg, v, w);
      case 7: // |
      case 20:
        return (v | 0) === v && (w | 0) === w ? v | w : exactIntOp(oparg, v, w);
      case 12: // ^
      case 25:
        return (v | 0) === v && (w | 0) === w ? v ^ w : exactIntOp(oparg, v, w);
      case 9: // >>
      case 22:
        if (w >= 0 && w < 32 && (v | 0) === v) return v >> w;
        return w >= 0 && w < 53 ? Math.floor(v / 2 ** w) : exactIntOp(oparg, v, w);
      case 3: // <<
      case 16:
        if (w >= 0 && w < 53) {
          r = v * 2 ** w;
          if (Number.isSafeInteger(r)) return r;
        }
        return exactIntOp(oparg, v, w);
      default:
        return exactIntOp(oparg, v, w);
    }
  }
  if (typeof v === 'number' && w instanceof FloatK && w.ob_type === floatTypeK) {
    const b = w.value;
    switch (oparg) {
      case 0:
      case 13:
        return new FloatK(v + b);
      case 10:
      case 23:
        return new FloatK(v - b);
      case 5:
      case 18:
        return new FloatK(v * b);
      case 11:
      case 24:
        if (b !== 0) return new FloatK(v / b);
        break;
      case 8:
      case 21:
        return floatPowObject(v, b);
    }
    return binaryOpByOparg(oparg, v, w);
  }
  if ((typeof v === 'bigint' || typeof v === 'number') && (typeof w === 'bigint' || typeof w === 'number')) return exactIntOp(oparg, v, w);
  if (typeof v === 'string' && typeof w === 'string' && (oparg === 0 || oparg === 13)) return v + w;
  return binaryOpByOparg(oparg, v, w);
}

/**
 * `a ** b` on two doubles as float's nb_power computes it (float_ops.floatPow: the special
 * values, its errors, a complex result for a negative base and a non-integral exponent):
 * without the slot dispatch of binaryOpByOparg, which was 60% of `x ** 2`'s time.
 */
function floatPowObject(a: number, b: number): PyObject {
  const r = floatPow(a, b);
  return typeof r === 'number' ? new FloatK(r) : r;
}

/**
 * An operator on two exact ints (JS numbers or bigints; not bools, not subclass instances):
 * straight to int_ops, which is what int's slots call for such operands, without the slot
 * dispatch of binaryOpByOparg (typeOf twice, slot lookups, the subtype rule). The steps that
 * leave the safe range, such as the LCG `(s * 1103515245 + 12345) % 2147483648` of wordcount
 * and sorting, went that long way on every operation.
 */
function exactIntOp(oparg: number, v: number | bigint, w: number | bigint): PyObject {
  switch (oparg) {
    case 0:
    case 13:
      return intAdd(v, w);
    case 10:
    case 23:
      return intSub(v, w);
    case 5:
    case 18:
      return intMul(v, w);
    case 2:
    case 15:
      return intFloorDiv(v, w);
    case 6:
    case 19:
      return intMod(v, w);
    case 1:
    case 14:
      return intAnd(v, w);
    case 7:
    case 20:
      return intOr(v, w);
    case 12:
    case 25:
      return intXor(v, w);
    case 3:
    case 16:
      return intLshift(v, w);
    case 9:
    case 22:
      return intRshift(v, w);
    default:
      return binaryOpByOparg(oparg, v, w);
  }
}

/** COMPARE_OP `op` on v, w. */
export function compareOpFast(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (typeof v === 'number' && typeof w === 'number') return compareNumbers(v, w, op);
  if (v instanceof FloatK && v.ob_type === floatTypeK) {
    // float with float, or with an int that is a number (a safe integer: exact as a double).
    if (w instanceof FloatK && w.ob_type === floatTypeK) return compareNumbers(v.value, w.value, op);
    if (typeof w === 'number') return compareNumbers(v.value, w, op);
  } else if (typeof v === 'number' && w instanceof FloatK && w.ob_type === floatTypeK) return compareNumbers(v, w.value, op);
  else if ((typeof v === 'bigint' || typeof v === 'number') && (typeof w === 'bigint' || typeof w === 'number')) return compareInts(v, w, op);
  // Two strs (json_codec's `ch == "{"`, wordcount's and sorting's str keys) without the call
  // of richCompare, which is not inlined here.
  else if (typeof v === 'string' && typeof w === 'string') return op === Py_EQ ? v === w : op === Py_NE ? v !== w : compareStrings(v, w, op);
  return richCompare(v, w, op);
}

/**
 * Two exact ints, at least one a bigint (pidigits' `4 * q + r - t < m * t`): JavaScript
 * compares a bigint with a bigint or with an integral number by exact value (== is the loose
 * equality, which is exact across the two types), as int's tp_richcompare does.
 */
function compareInts(a: number | bigint, b: number | bigint, op: CompareOp): boolean {
  switch (op) {
    case Py_LT: return a < b;
    case Py_LE: return a <= b;
    // eslint-disable-next-line eqeqeq
    case Py_EQ: return a == b;
    // eslint-disable-next-line eqeqeq
    case Py_NE: return a != b;
    case Py_GT: return a > b;
    case Py_GE: return a >= b;
  }
}

// ---------------------------------------------------------------------------------------------
// Unary operators

export function negative(v: PyObject): PyObject {
  if (typeof v === 'number' && v !== 0) return -v;
  // An exact float directly (float's nb_negative does the same): the slot load on float's
  // slots object, one of the largest, cost more than the negation (-x 1.5-2.5x CPython).
  if (v instanceof FloatK && v.ob_type === floatTypeK) return new FloatK(-v.value);
  const s = typeOf(v).slots.nb_negative;
  const r = s === undefined ? NotImplemented : s(v);
  if (r === NotImplemented) raiseTypeError(`bad operand type for unary -: '${typeOf(v).tpName}'`);
  return r;
}
export function positive(v: PyObject): PyObject {
  const s = typeOf(v).slots.nb_positive;
  const r = s === undefined ? NotImplemented : s(v);
  if (r === NotImplemented) raiseTypeError(`bad operand type for unary +: '${typeOf(v).tpName}'`);
  return r;
}
export function invert(v: PyObject): PyObject {
  const s = typeOf(v).slots.nb_invert;
  const r = s === undefined ? NotImplemented : s(v);
  if (r === NotImplemented) raiseTypeError(`bad operand type for unary ~: '${typeOf(v).tpName}'`);
  return r;
}
export function absolute(v: PyObject): PyObject {
  // Safe-integer ints and exact floats directly, as their nb_absolute (abs(x) of a float was
  // 2.4x CPython's time through the slot); an int is never -0, a float's sign bit is cleared.
  if (typeof v === 'number') return v < 0 ? -v : v;
  if (v instanceof FloatK && v.ob_type === floatTypeK) return new FloatK(Math.abs(v.value));
  const s = typeOf(v).slots.nb_absolute;
  if (s === undefined) raiseTypeError(`bad operand type for abs(): '${typeOf(v).tpName}'`);
  return s(v);
}

// ---------------------------------------------------------------------------------------------
// Truth

/** PyObject_IsTrue. */
export function isTrue(v: PyObject): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true; // a bigint is never zero (normalisation invariant)
    default:
      if (v === None) return false;
      // An exact float only: a subclass may define __bool__ (nb_bool below).
      if (v instanceof FloatK && v.ob_type === floatTypeK) return v.value !== 0;
      const t = v.ob_type;
      const b = t.slots.nb_bool;
      if (b !== undefined) return b(v);
      const l = t.slots.sq_length;
      if (l !== undefined) return l(v) !== 0;
      return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Hashing and equality

/** A str hash (CPython randomises these; any well-mixed value is faithful). Cached per string content. */
export function strHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = h | 0;
  return h === -1 ? -2 : h;
}

/** hash(v) as a JS number (PyObject_Hash). Raises TypeError for unhashable objects. */
export function hashOf(v: PyObject): number {
  switch (typeof v) {
    case 'string':
      return strHash(v);
    case 'number':
      if (v >= -0x3fffffff && v <= 0x3fffffff) return v === -1 ? -2 : v;
      return Number(numericHash(v));
    case 'bigint':
    case 'boolean':
      return Number(numericHash(v));
    default: {
      // An exact float only: a subclass may define __hash__ (tp_hash below).
      if (v instanceof FloatK && v.ob_type === floatTypeK) return Number(numericHash(v));
      const h = v.ob_type.slots.tp_hash;
      if (h === undefined) raiseTypeError(`unhashable type: '${v.ob_type.name}'`);
      return h(v);
    }
  }
}

const objectHash = (v: PyObject): number => identityHash(v);
const objectRichcompare = (v: PyObject, w: PyObject, op: CompareOp): PyObject => {
  if (op === Py_EQ) return v === w ? true : NotImplemented;
  if (op === Py_NE) {
    // object.__ne__ delegates to __eq__ and inverts it
    const eq = typeOf(v).slots.tp_richcompare;
    if (eq !== undefined && eq !== objectRichcompare) {
      const r = eq(v, w, Py_EQ);
      if (r === NotImplemented) return r;
      return !isTrue(r);
    }
    return v === w ? false : NotImplemented;
  }
  return NotImplemented;
};

/** True when v's type hashes and compares by identity (dict keys: the object itself is the map key). */
export function hasIdentityHashAndEq(v: PyBase): boolean {
  const s = v.ob_type.slots;
  return s.tp_hash === objectHash && s.tp_richcompare === objectRichcompare;
}

const SWAPPED: readonly CompareOp[] = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: the comparison's result object. */
export function richCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  // Fast paths: two small ints, two strings.
  if (typeof v === 'number' && typeof w === 'number') return compareNumbers(v, w, op);
  if (typeof v === 'string' && typeof w === 'string') return compareStrings(v, w, op);
  const tv = typeOf(v);
  const tw = typeOf(w);
  let checkedReverse = false;
  if (tv !== tw && tw.isSubtypeOf(tv)) {
    const f = tw.slots.tp_richcompare;
    if (f !== undefined) {
      checkedReverse = true;
      const r = f(w, v, SWAPPED[op]);
      if (r !== NotImplemented) return r;
    }
  }
  const fv = tv.slots.tp_richcompare;
  if (fv !== undefined) {
    const r = fv(v, w, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const fw = tw.slots.tp_richcompare;
    if (fw !== undefined) {
      const r = fw(w, v, SWAPPED[op]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Py_EQ) return v === w;
  if (op === Py_NE) return v !== w;
  raiseTypeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${tv.tpName}' and '${tw.tpName}'`);
}

export function compareNumbers(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case Py_LT: return a < b;
    case Py_LE: return a <= b;
    case Py_EQ: return a === b;
    case Py_NE: return a !== b;
    case Py_GT: return a > b;
    case Py_GE: return a >= b;
  }
}

/** Compares by code point (JS `<` on strings compares UTF-16 units, which differs above U+FFFF). */
export function compareStrings(a: string, b: string, op: CompareOp): boolean {
  if (op === Py_EQ) return a === b;
  if (op === Py_NE) return a !== b;
  const c = strCmp(a, b);
  switch (op) {
    case Py_LT: return c < 0;
    case Py_LE: return c <= 0;
    case Py_GT: return c > 0;
    default: return c >= 0;
  }
}

function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if ((x < 0xd800 || x > 0xdfff) && (y < 0xd800 || y > 0xdfff)) return x - y;
      // A surrogate pair is a code point above every BMP character; a lone surrogate is the
      // code point U+D800..DFFF itself ('\ud800' < '\uffff', as in CPython). When the equal
      // unit before i is a high surrogate that pairs with a[i] or b[i], the code points that
      // differ start there.
      const k = i > 0 && isHigh(a.charCodeAt(i - 1)) && (isLow(x) || isLow(y)) ? i - 1 : i;
      return codePointAt(a, k) - codePointAt(b, k);
    }
  }
  return a.length - b.length;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point starting at unit k: a pair's, else the unit's own (a lone surrogate too). */
function codePointAt(s: string, k: number): number {
  const c = s.charCodeAt(k);
  if (isHigh(c) && k + 1 < s.length) {
    const d = s.charCodeAt(k + 1);
    if (isLow(d)) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** PyObject_RichCompareBool with op ==: identity first, as CPython's containers do. */
export function richEq(v: PyObject, w: PyObject): boolean {
  if (v === w) return true;
  if (typeof v === 'number' && typeof w === 'number') return false;
  if (typeof v === 'string' && typeof w === 'string') return false;
  return richEqSlow(v, w);
}

/** richEq past its identity, int and str tests (a call of its own: richEq stays small to inline). */
function richEqSlow(v: PyObject, w: PyObject): boolean {
  // Two exact lists, tuples or dicts: what their tp_richcompare does for ==, without
  // richCompare's two typeOf calls, subtype test and megamorphic slot calls per level (json_codec's
  // `back != doc`: nested dicts and lists, 2.6x CPython's time before).
  if (v instanceof PyBase && w instanceof PyBase) {
    const t = v.ob_type;
    if (t === w.ob_type) {
      if (t === listType || t === tupleType) return itemsEqual(v as PyTuple, w as PyTuple);
      if (t === dictType) return dictType.slots.tp_richcompare!(v, w, Py_EQ) === true;
    }
  }
  return isTrue(richCompare(v, w, Py_EQ));
}

/**
 * == of two exact lists (or two tuples), as list_richcompare: the lengths, then the items in
 * order (each item's == may change either list: the lengths and arrays are read again).
 */
function itemsEqual(v: PyTuple, w: PyTuple): boolean {
  if (v.items.length !== w.items.length) return false;
  // PyObject_RichCompare's recursion check, as the types' tp_richcompare.
  enterRecursiveCall(' in comparison');
  let i = 0;
  try {
    for (; i < v.items.length && i < w.items.length; i++) if (!richEq(v.items[i], w.items[i])) break;
  } finally {
    leaveRecursiveCall();
  }
  // No item left in one of them (an __eq__ may have shortened either): the lengths decide.
  return i >= v.items.length || i >= w.items.length ? v.items.length === w.items.length : false;
}

/** PyObject_RichCompareBool for any operator. */
export function richCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  const r = richCompare(v, w, op);
  return typeof r === 'boolean' ? r : isTrue(r);
}

// ---------------------------------------------------------------------------------------------
// Iteration

/**
 * tp_iternext of a class whose __next__ was deleted after it had one (CPython's
 * _PyObject_NextNotImplemented; runtime/class.ts installs it). The loops call the slot of an
 * iterator they hold without a test, so it stays a function, raising what CPython's FOR_ITER
 * raises; iter() and next() treat a type that has it as no iterator (PyIter_Check).
 */
export function nextNotImplemented(v: PyObject): PyObject | undefined {
  raiseTypeError(`'${typeOf(v).tpName}' object is not iterable`);
}

/** iter(v) (PyObject_GetIter). */
export function getIter(v: PyObject): PyObject {
  const t = typeOf(v);
  const f = t.slots.tp_iter;
  if (f !== undefined) {
    const it = f(v);
    // A built-in type's tp_iter returns a built-in iterator: only a class's __iter__ (a heap
    // type's slot) can return a non-iterator.
    if (!t.isHeapType) return it;
    const next = typeOf(it).slots.tp_iternext;
    if (next === undefined || next === nextNotImplemented) {
      raiseTypeError(`iter() returned non-iterator of type '${typeOf(it).tpName}'`);
    }
    return it;
  }
  if (t.slots.mp_subscript !== undefined && t !== typeType && !t.isSubtypeOf(typeType)) {
    return new PySeqIter(v);
  }
  raiseTypeError(`'${t.tpName}' object is not iterable`);
}

/** next(it) without a default: the item, or undefined when exhausted (StopIteration is absorbed). */
export function iterNext(it: PyObject): PyObject | undefined {
  const f = typeOf(it).slots.tp_iternext;
  if (f === undefined) raiseTypeError(`'${typeOf(it).tpName}' object is not an iterator`);
  return f(it);
}

/** Runs `fn` for each item of an iterable. Stops early when fn returns true. */
export function forEach(iterable: PyObject, fn: (item: PyObject) => boolean | void): void {
  const it = getIter(iterable);
  const next = typeOf(it).slots.tp_iternext!;
  for (;;) {
    const x = next(it);
    if (x === undefined) return;
    if (fn(x) === true) return;
  }
}

/**
 * list(iterable) as a JS array (a new array the caller may keep). Exact lists and tuples are
 * copied directly (as CPython's list_extend does; a subclass may override __iter__, so it is
 * iterated); fannkuch's `list(perm1)` iterated through a callback per item before.
 */
export function toArray(iterable: PyObject): PyObject[] {
  if (iterable instanceof PyBase) {
    const t = iterable.ob_type;
    if (t === tupleType || t === listType) return (iterable as PyTuple).items.slice();
  }
  const out: PyObject[] = [];
  forEach(iterable, (x) => {
    out.push(x);
  });
  return out;
}

/** The old sequence-protocol iterator (iter() on an object with only __getitem__). */
export class PySeqIter extends PyBase {
  index = 0;
  done = false;
  constructor(public readonly seq: PyObject) {
    super();
  }
}

// ---------------------------------------------------------------------------------------------
// Containers

/** len(v) (PyObject_Size). */
export function len(v: PyObject): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyBase) {
    // Exact list, tuple and dict: their sq_length without the slot dispatch (sorting's
    // `while i < len(left) and j < len(right)`; the slot is one megamorphic call site).
    const t = v.ob_type;
    if (t === listType || t === tupleType) return (v as PyTuple).items.length;
    if (t === dictType) return (v as PyDict).size;
  }
  const f = typeOf(v).slots.sq_length;
  if (f === undefined) raiseTypeError(`object of type '${typeOf(v).tpName}' has no len()`);
  return f(v);
}

const SURROGATE = /[\uD800-\uDBFF]/;
const strLenCache = new Map<string, number>();
let lastLenStr = '';
let lastLenValue = 0;
let lenHits = 0;

/** Length of a str in code points. */
export function strLen(s: string): number {
  const len = s.length;
  if (len < 32) return strLenScan(s);
  // Long strings: a native scan for surrogates, then a small cache (a loop `i < len(s)` asks
  // for the same length again and again; V8 keeps a string's hash, so the lookup is cheap).
  // The last long str first, by identity: a loop indexing one text (`text[self.pos]`) asks
  // for the same length on every subscript, and === of the same string is a pointer compare.
  if (s === lastLenStr) {
    // An equal str that is another object (the same text built again: a program's next run,
    // json_codec at size 1) is equal here by a comparison of the contents, O(length) on every
    // subscript; made the cached object every 64 hits, the test is a pointer compare again.
    lenHits = (lenHits + 1) & 63;
    if (lenHits === 0) lastLenStr = s;
    return lastLenValue;
  }
  let c = strLenCache.get(s);
  if (c === undefined) {
    c = SURROGATE.test(s) ? strLenScan(s) : len;
    if (strLenCache.size > 256) strLenCache.clear();
    strLenCache.set(s, c);
  }
  lastLenStr = s;
  lastLenValue = c;
  return c;
}

function strLenScan(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A pair counts once; a lone surrogate (high at the end or before a non-low unit) is a
    // code point of its own, as in CPython (len('a\ud800') is 2).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * `sub in s` for strs, by code points: a UTF-16 match that starts or ends inside a surrogate
 * pair of `s` is no match (`'\ud83d' in '\U0001F600'` is False in CPython, whose str holds
 * the one code point). Only a `sub` beginning with a low or ending with a high surrogate can
 * match that way, so any other `sub` is one native search.
 */
export function strContains(s: string, sub: string): boolean {
  const m = sub.length;
  if (m === 0) return true;
  if (!isLowSurrogate(sub.charCodeAt(0)) && !isHighSurrogate(sub.charCodeAt(m - 1))) return s.includes(sub);
  for (let p = s.indexOf(sub); p >= 0; p = s.indexOf(sub, p + 1)) {
    const splitsStart = p > 0 && isHighSurrogate(s.charCodeAt(p - 1)) && isLowSurrogate(s.charCodeAt(p));
    const e = p + m;
    const splitsEnd = e < s.length && isHighSurrogate(s.charCodeAt(e - 1)) && isLowSurrogate(s.charCodeAt(e));
    if (!splitsStart && !splitsEnd) return true;
  }
  return false;
}

/** `item in container` (PySequence_Contains). */
export function contains(container: PyObject, item: PyObject): boolean {
  // Two strs: str's sq_contains (a substring test) without typeOf, the slot load (megamorphic:
  // every type's slots object has a hidden class of its own) and the call through the slot.
  // json_codec's `text[self.pos] in " \n\t\r"`.
  if (typeof container === 'string' && typeof item === 'string') return strContains(container, item);
  if (container instanceof PyBase) {
    // Exact dict and set (nqueens' `col in cols`, json_codec's key tests): their sq_contains
    // without the slot dispatch. A set's sq_contains retries an unhashable set member as a
    // frozenset; a primitive (int, str, bool), tuple or float member is no set, so that path
    // cannot arise here.
    const ct = container.ob_type;
    if (ct === dictType) return (container as PyDict).has(item);
    if (ct === setType && (typeof item !== 'object' || item instanceof PyTuple || item instanceof FloatK)) return (container as unknown as { table: HashTable }).table.has(item);
  }
  const t = typeOf(container);
  const f = t.slots.sq_contains;
  if (f !== undefined) return f(container, item);
  if (t.slots.tp_iter === undefined && t.slots.mp_subscript === undefined) {
    raiseTypeError(`argument of type '${t.tpName}' is not iterable`);
  }
  let found = false;
  forEach(container, (x) => {
    if (richEq(x, item)) {
      found = true;
      return true;
    }
    return false;
  });
  return found;
}

/** v[key] (PyObject_GetItem). */
export function getItem(v: PyObject, key: PyObject): PyObject {
  // A str indexed by an int in range, when its UTF-16 units are its code points (no surrogate
  // pair; strLen caches long strs): the unit directly, what str's mp_subscript returns, without
  // typeOf, the megamorphic slot load and strSubscript's own tests. json_codec's
  // `text[self.pos]` per character.
  if (typeof v === 'string' && typeof key === 'number') {
    const n = v.length;
    if (key >= 0) {
      // A short str: unit i is code point i when no unit up to i is a surrogate (a scan of
      // i + 1 units, not the whole str: strLen scans a short str on every call).
      if (key < n && (n >= 32 ? strLen(v) === n : noSurrogateThrough(v, key))) return v[key];
    } else {
      const i = key + n;
      if (i >= 0 && strLen(v) === n) return v[i];
    }
  }
  const t = typeOf(v);
  const f = t.slots.mp_subscript;
  if (f !== undefined) return f(v, key);
  if (v instanceof PyType) {
    const cg = v.lookup('__class_getitem__');
    if (cg !== undefined) return callObject(bindDescriptor(cg, undefined, v), [key], null);
    raiseTypeError(`type '${v.name}' is not subscriptable`);
  }
  raiseTypeError(`'${t.tpName}' object is not subscriptable`);
}

/** Whether none of s's units 0..i is a surrogate (i < s.length). */
function noSurrogateThrough(s: string, i: number): boolean {
  for (let k = 0; k <= i; k++) if ((s.charCodeAt(k) & 0xf800) === 0xd800) return false;
  return true;
}

/** v[key] = value (PyObject_SetItem). */
export function setItem(v: PyObject, key: PyObject, value: PyObject): void {
  // An exact dict directly (what its mp_ass_subscript does): both loops' STORE_SUBSCR come
  // here for every `counts[key] = ...` after their list test.
  if (v instanceof PyDict && v.ob_type === dictType) {
    v.set(key, value);
    return;
  }
  const f = typeOf(v).slots.mp_ass_subscript;
  if (f === undefined) raiseTypeError(`'${typeOf(v).tpName}' object does not support item assignment`);
  f(v, key, value);
}

/** del v[key] (PyObject_DelItem). */
export function delItem(v: PyObject, key: PyObject): void {
  const f = typeOf(v).slots.mp_ass_subscript;
  if (f === undefined) {
    if (typeOf(v).slots.mp_subscript !== undefined) raiseTypeError(`'${typeOf(v).tpName}' object doesn't support item deletion`);
    raiseTypeError(`'${typeOf(v).tpName}' object does not support item deletion`);
  }
  f(v, key, undefined);
}

/** PyIndex_Check: is `v` an int (bool included) or of a type with __index__? */
export function hasIndex(v: PyObject): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).slots.nb_index !== undefined;
}

/** operator.index(v) (PyNumber_Index): an int, or TypeError. */
export function index(v: PyObject): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = typeOf(v).slots.nb_index;
  if (f === undefined) raiseTypeError(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return f(v);
}

/** A JS number from an index-like value, clamped to safe range (for sequence indices). */
export function indexAsNumber(v: PyObject): number {
  const i = index(v);
  if (typeof i === 'number') return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** Applies a descriptor's __get__ when it has one (obj undefined = lookup on the type). */
export function bindDescriptor(attr: PyObject, obj: PyObject | undefined, type: PyType): PyObject {
  if (typeof attr !== 'object') return attr;
  const g = attr.ob_type.slots.tp_descr_get;
  return g === undefined ? attr : g(attr, obj, type);
}

// ---------------------------------------------------------------------------------------------
// repr and str

/** Objects whose repr is in progress (Py_ReprEnter): containers print `[...]` on recursion. */
const reprStack: Set<PyObject> = new Set();

/** Runs `body` unless `v` is already being repr'd, in which case returns `recursive`. */
export function reprEnter(v: PyObject, recursive: string, body: () => string): string {
  if (reprStack.has(v)) return recursive;
  reprStack.add(v);
  try {
    return body();
  } finally {
    reprStack.delete(v);
  }
}

let reprDepth = 0;

/**
 * Nesting of the runtime's own recursion through objects (CPython's _Py_EnterRecursiveCall in
 * its C code): nested lists compared, nested values JSON-encoded or decoded recurse in
 * JavaScript, not in Python frames, so the VMs' frame depth never counts them, and without a
 * count of their own they ran on to V8's stack limit (a list nested 5000 deep compared equal
 * where CPython raises). Past the recursion limit: RecursionError with CPython's words for
 * where (" in comparison"). Callers leave in a finally block.
 */
let nativeDepth = 0;
export function enterRecursiveCall(where: string): void {
  if (++nativeDepth > (currentInterpOrNull()?.recursionLimit ?? 1000)) {
    nativeDepth--;
    throw newException(RecursionError, `maximum recursion depth exceeded${where}`);
  }
}
export function leaveRecursiveCall(): void {
  nativeDepth--;
}

/** repr(v) (PyObject_Repr). */
export function repr(v: PyObject): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intRepr(v);
    default: {
      if (v instanceof FloatK && v.ob_type === floatTypeK) return floatRepr(v.value);
      const f = v.ob_type.slots.tp_repr;
      if (f === undefined) return `<${v.ob_type.name} object>`;
      // PyObject_Repr's recursion check (nested containers recurse here, not in Python frames).
      if (++reprDepth > (currentInterpOrNull()?.recursionLimit ?? 1000)) {
        reprDepth = 0;
        throw newException(RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
      }
      try {
        return f(v);
      } finally {
        if (reprDepth > 0) reprDepth--;
      }
    }
  }
}

/** str(v) (PyObject_Str). */
export function str(v: PyObject): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const t = typeOf(v);
  const f = t.slots.tp_str;
  if (f !== undefined) return f(v);
  return repr(v);
}

setReprHook(repr);

// ---------------------------------------------------------------------------------------------
// Slots of object, None, Ellipsis, NotImplemented, and the primitive-backed types' basics
// (int/bool/str/float identity, hashing and reprs; their arithmetic is the runtime library's).

setSlots(objectType, {
  tp_hash: objectHash,
  tp_richcompare: objectRichcompare,
  tp_repr: (v) => {
    const t = typeOf(v);
    const mod = t.module;
    const qn = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
    return `<${qn} object at ${addressOf(v)}>`;
  },
});
/** none_new / ellipsis_new / notimplemented_new: calling the type gives its one instance. */
function singletonNew(v: PyObject, name: string): (t: PyType, args: PyObject[], kw: KwArgs) => PyObject {
  return (_t, args, kw) => {
    if (args.length > 0 || (kw !== null && kw.size > 0)) raiseTypeError(`${name} takes no arguments`);
    return v;
  };
}
setSlots(noneType, { tp_repr: () => 'None', nb_bool: () => false, tp_hash: () => identityHash(None), tp_new: singletonNew(None, 'NoneType') });
setSlots(ellipsisType, { tp_repr: () => 'Ellipsis', tp_new: singletonNew(Ellipsis, 'EllipsisType') });
setSlots(notImplementedType, { tp_repr: () => 'NotImplemented', tp_new: singletonNew(NotImplemented, 'NotImplementedType') });
void Ellipsis;
setSlots(intType, {
  tp_repr: (v) => (typeof v === 'boolean' ? String(v ? 1 : 0) : typeof v === 'bigint' ? intRepr(v) : String(v)),
  tp_hash: (v) => hashOf(v),
});
setSlots(boolType, { tp_repr: (v) => (v ? 'True' : 'False') });
setSlots(strType, {
  tp_repr: (v) => strRepr(v as string),
  tp_str: (v) => v as string,
  tp_hash: (v) => strHash(v as string),
  sq_length: (v) => strLen(v as string),
});
setSlots(floatType, { tp_repr: (v) => floatRepr((v as PyFloat).value), tp_hash: (v) => Number(numericHash(v)) });


/** Makes a TypeError for a wrong argument type, CPython's usual phrasing. */
export function typeErrorFor(what: string, v: PyObject): PyException {
  return newException(TypeError, `${what}, not ${typeOf(v).tpName}`);
}
void StopIteration;
void raiseType;

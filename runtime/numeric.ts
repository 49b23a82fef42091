// The numeric tower's binary operators, unary operators and comparisons for the built-in
// number types (bool < int < float < complex), as CPython's int, float and complex slots
// behave (long_add ..., float_add ..., complex_add ..., with operand coercion).
//
// For the core runtime's generic operations: when both operands are built-in numbers,
// `numericBinaryOp` gives the result, and NotImplemented when the types do not support
// the operator (1.5 << 2, 1j // 2), so the caller raises CPython's "unsupported operand
// type(s)" TypeError. Non-numbers always give NotImplemented.

import { PyObject, PyFloat, PyComplex, NotImplemented, PyNotImplementedType } from './object';
import * as I from './int_ops';
import * as F from './float_ops';
import * as C from './complex';
import { PyTuple } from './object';

export type NumBinOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | 'divmod';
export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

function assertNever(x: never): never {
  throw new Error(`unexpected: ${String(x)}`);
}

/** 0 = int (or bool), 1 = float, 2 = complex, -1 = not a built-in number. */
function rank(v: PyObject): number {
  switch (typeof v) {
    case 'number': return 0; // a bare JS number is always an int (floats are boxed)
    case 'bigint': return 0;
    case 'boolean': return 0;
    case 'string': return -1;
    default:
      if (v instanceof PyFloat) return 1;
      if (v instanceof PyComplex) return 2;
      return -1;
  }
}

function toFloatValue(v: PyObject): number {
  return v instanceof PyFloat ? v.value : I.intToFloat(v as I.PyIntLike);
}

function toComplex(v: PyObject): PyComplex {
  if (v instanceof PyComplex) return v;
  return new PyComplex(toFloatValue(v), 0);
}

function intBinary(op: NumBinOp, a: I.PyIntLike, b: I.PyIntLike): PyObject {
  switch (op) {
    case '+': return I.intAdd(a, b);
    case '-': return I.intSub(a, b);
    case '*': return I.intMul(a, b);
    case '/': return I.intTrueDiv(a, b);
    case '//': return I.intFloorDiv(a, b);
    case '%': return I.intMod(a, b);
    case '**': return I.intPow(a, b);
    case '<<': return I.intLshift(a, b);
    case '>>': return I.intRshift(a, b);
    // bool & bool stays a bool (bool_and, bool_or, bool_xor)
    case '&': return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : I.intAnd(a, b);
    case '|': return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : I.intOr(a, b);
    case '^': return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : I.intXor(a, b);
    case 'divmod': return new PyTuple(I.intDivmod(a, b));
    default: return assertNever(op);
  }
}

function floatBinary(op: NumBinOp, a: number, b: number): PyObject {
  switch (op) {
    case '+': return new PyFloat(a + b);
    case '-': return new PyFloat(a - b);
    case '*': return new PyFloat(a * b);
    case '/': return new PyFloat(F.floatTrueDiv(a, b));
    case '//': return new PyFloat(F.floatFloorDiv(a, b));
    case '%': return new PyFloat(F.floatMod(a, b));
    case '**': {
      const r = F.floatPow(a, b);
      return typeof r === 'number' ? new PyFloat(r) : r;
    }
    case 'divmod': {
      const [q, r] = F.floatDivmod(a, b);
      return new PyTuple([new PyFloat(q), new PyFloat(r)]);
    }
    case '<<': case '>>': case '&': case '|': case '^':
      return NotImplemented;
    default: return assertNever(op);
  }
}

function complexBinary(op: NumBinOp, a: PyComplex, b: PyComplex): PyObject {
  switch (op) {
    case '+': return C.complexAdd(a, b);
    case '-': return C.complexSub(a, b);
    case '*': return C.complexMul(a, b);
    case '/': return C.complexTrueDiv(a, b);
    case '**': return C.complexPow(a, b);
    case '//': case '%': case 'divmod': case '<<': case '>>': case '&': case '|': case '^':
      return NotImplemented;
    default: return assertNever(op);
  }
}

/** a <op> b for built-in numbers; NotImplemented when unsupported or not numbers. */
export function numericBinaryOp(op: NumBinOp, a: PyObject, b: PyObject): PyObject {
  if (a instanceof I.PyIntSub) a = a.value;
  if (b instanceof I.PyIntSub) b = b.value;
  const ra = rank(a), rb = rank(b);
  if (ra < 0 || rb < 0) return NotImplemented;
  const r = ra > rb ? ra : rb;
  if (r === 0) return intBinary(op, a as I.PyIntLike, b as I.PyIntLike);
  if (r === 1) return floatBinary(op, toFloatValue(a), toFloatValue(b));
  return complexBinary(op, toComplex(a), toComplex(b));
}

export type NumUnaryOp = '-' | '+' | '~' | 'abs';

/** Unary operators on built-in numbers; NotImplemented when unsupported (~1.5). */
export function numericUnaryOp(op: NumUnaryOp, a: PyObject): PyObject | PyNotImplementedType {
  if (a instanceof I.PyIntSub) a = a.value;
  const r = rank(a);
  if (r < 0) return NotImplemented;
  if (r === 0) {
    const x = a as I.PyIntLike;
    switch (op) {
      case '-': return I.intNeg(x);
      case '+': return I.intPos(x);
      case '~': return I.intInvert(x);
      case 'abs': return I.intAbs(x);
      default: return assertNever(op);
    }
  }
  if (r === 1) {
    const x = (a as PyFloat).value;
    switch (op) {
      case '-': return new PyFloat(-x);
      case '+': return a;
      case '~': return NotImplemented;
      case 'abs': return new PyFloat(Math.abs(x));
      default: return assertNever(op);
    }
  }
  const c = a as PyComplex;
  switch (op) {
    case '-': return C.complexNeg(c);
    case '+': return c;
    case '~': return NotImplemented;
    case 'abs': return new PyFloat(C.complexAbs(c));
    default: return assertNever(op);
  }
}

function fromOrder(op: CompareOp, c: -1 | 0 | 1 | null): boolean {
  if (c === null) return op === '!=';
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    default: return assertNever(op);
  }
}

/** Rich comparison of built-in numbers, exact across int and float; NotImplemented otherwise. */
export function numericCompare(op: CompareOp, a: PyObject, b: PyObject): boolean | PyNotImplementedType {
  if (a instanceof I.PyIntSub) a = a.value;
  if (b instanceof I.PyIntSub) b = b.value;
  const ra = rank(a), rb = rank(b);
  if (ra < 0 || rb < 0) return NotImplemented;
  if (ra === 0 && rb === 0) return fromOrder(op, I.intCompare(a as I.PyIntLike, b as I.PyIntLike));
  if (ra === 2 || rb === 2) {
    if (op !== '==' && op !== '!=') return NotImplemented;
    const ca = toComplex0(a), cb = toComplex0(b);
    if (ca === null || cb === null) {
      // An int too large for a float never equals a complex with finite parts.
      return op === '!=';
    }
    return (op === '==') === C.complexEq(ca, cb);
  }
  if (ra === 1 && rb === 1) {
    const x = (a as PyFloat).value, y = (b as PyFloat).value;
    return fromOrder(op, x !== x || y !== y ? null : x < y ? -1 : x > y ? 1 : 0);
  }
  if (ra === 0) return fromOrder(op, I.intFloatCompare(a as I.PyIntLike, (b as PyFloat).value));
  const c = I.intFloatCompare(b as I.PyIntLike, (a as PyFloat).value);
  return fromOrder(op, c === null ? null : (-c as -1 | 0 | 1));
}

function toComplex0(v: PyObject): PyComplex | null {
  if (v instanceof PyComplex) return v;
  if (v instanceof PyFloat) return new PyComplex(v.value, 0);
  const f = Number(I.asInt(v as I.PyIntLike));
  return isFinite(f) && BigInt(I.asInt(v as I.PyIntLike)) === BigInt(Math.trunc(f)) ? new PyComplex(f, 0) : null;
}

/** hash() of a built-in number (equal numbers hash equal: hash(1) == hash(1.0) == hash(1+0j)). */
export function numericHash(v: PyObject): I.PyInt | null {
  if (v instanceof I.PyIntSub) v = v.value;
  const r = rank(v);
  if (r === 0) return I.hashInt(v as I.PyIntLike);
  if (r === 1) return F.hashFloat((v as PyFloat).value);
  if (r === 2) {
    // complex_hash: hash(real) + 1000003 * hash(imag), in a C long (wrapping), -1 -> -2.
    const c = v as PyComplex;
    const hr = BigInt(F.hashFloat(c.real)), hi = BigInt(F.hashFloat(c.imag));
    let h = BigInt.asIntN(64, hr + 1000003n * hi);
    if (h === -1n) h = -2n;
    return I.normBig(h);
  }
  return null;
}

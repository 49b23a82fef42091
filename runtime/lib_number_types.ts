// The number types' behaviour on the object model: the slots of int, bool, float and
// complex (arithmetic, comparison, truth, conversions, constructors) and their named
// methods and attributes (int.bit_length, float.is_integer, complex.real ...).
//
// The arithmetic itself is in runtime/numeric.ts (over int_ops, float_ops, complex);
// this file only adapts it to the slot signatures of runtime/type.ts and registers it.

import { PyObject, PyFloat, PyComplex, PyTuple, PyBytes, NotImplemented, None } from './object';
import { KwArgs, CompareOp, PyType } from './type';
import { intType, boolType, floatType, complexType, strType, bytesType, bytearrayType, setSlots, typeOf } from './types';
import { addMethod, addClassMethod, addGetSet } from './function';
import { finishSubtypeInstance } from './class';
import { isTrue, str as opStr, index as opIndex } from './ops';
import { callObject } from './call';
import { lookupSpecial } from './attr';
import { raise } from './lib_errors';
import { SSIZE_MAX } from './int_ops';
import { parseArgs, asIndex, noKwargs } from './lib_args';
import * as I from './int_ops';
import * as F from './float_ops';
import * as C from './complex';
import { numericBinaryOp, numericCompare, numericUnaryOp, NumBinOp, CompareOp as NumCompareOp } from './numeric';
import { formatInt, formatFloat } from './format_spec';
import { strRepr } from './str_repr';
import { PyStrSub } from './str_methods';
import { bufferBytes, PyByteArray } from './bytes_methods';

// The float class and type as constants of this module (an import is a mutable exports field
// to V8; see ops.ts FloatK and docs/performance.md, "Floats and library, session 8 (L)").
const FloatK = PyFloat;
const floatTypeK = floatType;
const CMP: NumCompareOp[] = ['<', '<=', '==', '!=', '>', '>='];

/** A float's value or a safe int (an exact double); undefined for anything else. */
function floatOrSafeInt(v: PyObject): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

function compareDoubles(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

function bin(op: NumBinOp): (v: PyObject, w: PyObject) => PyObject {
  return (v, w) => numericBinaryOp(op, v, w);
}

function isIntLike(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** The arithmetic slots shared by int, float and complex (numericBinaryOp dispatches on both operands). */
const arithmeticSlots = {
  nb_add: bin('+'),
  nb_subtract: bin('-'),
  nb_multiply: bin('*'),
  nb_true_divide: bin('/'),
  nb_floor_divide: bin('//'),
  nb_remainder: bin('%'),
  nb_divmod: bin('divmod'),
  nb_power: bin('**'),
  nb_lshift: bin('<<'),
  nb_rshift: bin('>>'),
  nb_and: bin('&'),
  nb_or: bin('|'),
  nb_xor: bin('^'),
  nb_negative: (v: PyObject) => numericUnaryOp('-', v),
  nb_positive: (v: PyObject) => numericUnaryOp('+', v),
  nb_invert: (v: PyObject) => numericUnaryOp('~', v),
  nb_absolute: (v: PyObject) => {
    // abs() of a safe int or a float directly (raytrace's abs(float)).
    if (typeof v === 'number') return Math.abs(v);
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
    return numericUnaryOp('abs', v);
  },
  tp_richcompare: (v: PyObject, w: PyObject, op: CompareOp) => {
    // A float or safe int against a float or safe int: both exact doubles, so JS's
    // comparison is the exact one (NaN included: only != is true). mandelbrot's
    // `zr2 + zi2 > 4` compares a float with an int every iteration.
    const a = floatOrSafeInt(v), b = floatOrSafeInt(w);
    if (a !== undefined && b !== undefined) return compareDoubles(a, b, op);
    return numericCompare(CMP[op], v, w);
  },
};

// float has none of int's bitwise slots (CPython's float_as_number leaves nb_lshift, nb_rshift,
// nb_and, nb_xor, nb_or and nb_invert empty, so float has no __lshift__ ... __invert__), and
// complex has neither those nor floor division, remainder and divmod.
const { nb_lshift: _l, nb_rshift: _r, nb_and: _a, nb_or: _o, nb_xor: _x, nb_invert: _i, ...floatArithmeticSlots } = arithmeticSlots;
const { nb_floor_divide: _fd, nb_remainder: _rm, nb_divmod: _dm, ...complexArithmeticSlots } = floatArithmeticSlots;

/** The value of an int-like that may be a heap subclass instance of int (not supported: ints are JS primitives). */
function intValue(v: PyObject): I.PyInt {
  if (isIntLike(v)) return I.asInt(v);
  if (v instanceof I.PyIntSub) return v.value;
  return raise('TypeError', `descriptor requires a 'int' object but received a '${typeOf(v).tpName}'`);
}

function floatValue(v: PyObject): number {
  return (v as PyFloat).value;
}

// ---- int(x, base) ---------------------------------------------------------------------------

function bytesToStr(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** PyNumber_Long: int(x) for one argument. */
export function intFromObject(x: PyObject): I.PyInt {
  if (isIntLike(x)) return I.asInt(x);
  // A float before the int subclass test (whose miss walks the prototype chain): raytrace's
  // int(c * 255). A float subclass truncates only while its __int__ is float's (CPython calls
  // the type's nb_int: `class F(float): def __int__` is honoured; pyvm truncated it before).
  if (x instanceof FloatK) {
    if (x.ob_type === floatTypeK || typeOf(x).lookup('__int__') === floatTypeK.lookup('__int__')) return I.floatToInt(x.value);
  } else if (x instanceof I.PyIntSub && typeOf(x).lookup('__int__') === intType.lookup('__int__')) return x.value;
  if (typeof x === 'string') return I.intFromString(x, 10);
  if (x instanceof PyBytes) return I.intFromBytes(x.bytes, 10);
  const s = typeOf(x).slots;
  if (s.nb_int !== undefined) return s.nb_int(x);
  if (s.nb_index !== undefined) return s.nb_index(x);
  const trunc = lookupSpecial(x, '__trunc__');
  if (trunc !== undefined) {
    const r = callObject(trunc, [], null);
    if (isIntLike(r)) return I.asInt(r);
    return opIndex(r);
  }
  // A str subclass instance parses its value (PyNumber_Long's PyUnicode_Check, after nb_int and __trunc__).
  if (x instanceof PyStrSub) return I.intFromString(x.value, 10);
  // A bytearray (subclasses too) or any other buffer (memoryview) parses its bytes.
  const buf = bufferBytes(x);
  if (buf !== undefined) return I.intFromBytes(buf, 10);
  return raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).tpName}'`);
}

function intNew(t: PyType, args: PyObject[], kwargs: KwArgs): PyObject {
  // int(x): no argument parsing.
  if (t === intType && args.length === 1 && (kwargs === null || kwargs.size === 0)) return intFromObject(args[0]);
  // CPython parses int's arguments with PyArg_ParseTupleAndKeywords: its own message for a keyword other than base.
  if (kwargs !== null && kwargs.size > 0) {
    const given = args.length + kwargs.size;
    if (given > 2) raise('TypeError', `int() takes at most 2 arguments (${given} given)`);
    for (const k of kwargs.keys()) if (k !== 'base') raise('TypeError', `'${k}' is an invalid keyword argument for int()`);
  }
  const [x, base] = parseArgs({ fname: 'int', names: ['', 'base'], required: 0, posOnly: 1 }, args, kwargs);
  let r: I.PyInt;
  if (x === undefined) {
    if (base !== undefined) raise('TypeError', "int() missing string argument");
    r = 0;
  } else if (base === undefined) {
    r = intFromObject(x);
  } else {
    const b = asIndex(base);
    if (typeof x === 'string') r = I.intFromString(x, b);
    else if (x instanceof PyStrSub) r = I.intFromString(x.value, b);
    else if (x instanceof PyBytes || x instanceof PyByteArray) r = I.intFromBytes(x.bytes, b);
    else return raise('TypeError', "int() can't convert non-string with explicit base");
  }
  if (t !== intType) return finishSubtypeInstance(new I.PyIntSub(r), t);
  return r;
}

// ---- float(x) -------------------------------------------------------------------------------

/** PyNumber_Float */
export function floatFromObject(x: PyObject): number {
  // An exact float is its value; a subclass's own __float__ comes first (PyNumber_Float).
  if (x instanceof PyFloat && x.ob_type === floatType) return x.value;
  if (isIntLike(x)) return I.intToFloat(x);
  if (typeof x === 'string') return F.floatFromString(x);
  if (x instanceof PyBytes) return F.floatFromString(bytesToStr(x.bytes));
  const s = typeOf(x).slots;
  if (s.nb_float !== undefined) return s.nb_float(x);
  if (s.nb_index !== undefined) return I.intToFloat(s.nb_index(x));
  return raise('TypeError', `float() argument must be a string or a real number, not '${typeOf(x).tpName}'`);
}

function floatNew(t: PyType, args: PyObject[], kwargs: KwArgs): PyObject {
  if (t === floatType && args.length === 1 && kwargs === null) {
    // float(x), the usual call: an int (safe integer, exact as a double) boxed directly; an
    // exact float is returned itself (PyNumber_Float: `float(x) is x`).
    const x = args[0];
    if (typeof x === 'number') return new PyFloat(x);
    if (x instanceof PyFloat && x.ob_type === floatType) return x;
    return new PyFloat(floatFromObject(x));
  }
  // Keywords are refused unless a subclass's own __init__ takes them (float_new_impl).
  if (t.slots.tp_init === floatType.slots.tp_init) noKwargs('float', kwargs);
  if (args.length > 1) raise('TypeError', `float expected at most 1 argument, got ${args.length}`);
  const v = args.length === 0 ? 0 : floatFromObject(args[0]);
  const f = new PyFloat(v);
  return t === floatType ? f : finishSubtypeInstance(f, t);
}

// ---- complex(real, imag) ----------------------------------------------------------------------

/** complex('1+2j') (complex_from_string_inner). */
function complexFromString(s: string): PyComplex {
  const t = I.pyStripWhitespace(s);
  const fail = (): never => raise('ValueError', 'complex() arg is a malformed string');
  let u = t;
  if (u.startsWith('(') && u.endsWith(')')) u = I.pyStripWhitespace(u.slice(1, -1));
  const num = '(?:(?:\\d(?:_?\\d)*)?(?:\\.(?:\\d(?:_?\\d)*)?)?(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)';
  const m = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)?[jJ])?$`, 'i').exec(u);
  if (m === null || u === '') return fail();
  const parse = (p: string): number => {
    if (p === '+' || p === '') return 1;
    if (p === '-') return -1;
    if (!/\d|inf|nan/i.test(p)) return fail();
    return F.floatFromString(p);
  };
  const hasJ = /[jJ]$/.test(u);
  if (!hasJ) {
    if (m[1] === undefined) return fail();
    return new PyComplex(parse(m[1]), 0);
  }
  if (m[2] === undefined) {
    // only an imaginary part: the first group holds it
    if (m[1] === undefined) return new PyComplex(0, 1);
    return new PyComplex(0, parse(m[1]));
  }
  if (m[1] === undefined) return fail();
  return new PyComplex(parse(m[1]), parse(m[2]));
}

/** complex()'s argument as [real, imag, isComplex] (a complex or a __complex__ result). */
function toComplexParts(v: PyObject, what: string): [number, number, boolean] {
  if (v instanceof PyComplex) return [v.real, v.imag, true];
  if (v instanceof PyFloat) return [v.value, 0, false];
  if (isIntLike(v)) return [I.intToFloat(v), 0, false];
  const cm = lookupSpecial(v, '__complex__');
  if (cm !== undefined) {
    const r = callObject(cm, [], null);
    if (r instanceof PyComplex) return [r.real, r.imag, true];
    return raise('TypeError', `__complex__ returned non-complex (type ${typeOf(r).tpName})`);
  }
  const s = typeOf(v).slots;
  if (s.nb_float !== undefined) return [s.nb_float(v), 0, false];
  if (s.nb_index !== undefined) return [I.intToFloat(s.nb_index(v)), 0, false];
  return raise('TypeError', `complex() ${what} must be a string or a number, not '${typeOf(v).tpName}'`);
}

function complexNew(t: PyType, args: PyObject[], kwargs: KwArgs): PyObject {
  const [re, im] = parseArgs({ fname: 'complex', names: ['real', 'imag'], required: 0 }, args, kwargs);
  let c: PyComplex;
  if (re === undefined && im === undefined) c = new PyComplex(0, 0);
  else if (typeof re === 'string') {
    if (im !== undefined) raise('TypeError', "complex() can't take second arg if first is a string");
    c = complexFromString(re);
  } else {
    if (typeof im === 'string') raise('TypeError', "complex() second arg can't be a string");
    const [ar, ai, reComplex] = re === undefined ? [0, 0, false] : toComplexParts(re, 'first argument');
    if (im === undefined) c = new PyComplex(ar, ai);
    else {
      // complex_new_impl: a part is added only when it comes from a complex, so a float
      // argument's signed zero stays (complex(0.0, -0.0) is -0j; `ai + br` made it 0j).
      const [br, bi, imComplex] = toComplexParts(im, 'second argument');
      c = new PyComplex(imComplex ? ar - bi : ar, reComplex ? ai + br : br);
    }
  }
  return t === complexType ? c : finishSubtypeInstance(c, t);
}

// ---- slots -------------------------------------------------------------------------------------

/** A JS number or bigint: an exact int (not a bool, not a subclass instance). */
function isIntPrim(v: PyObject): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

/**
 * True when x is an instance of a Python subclass of float or complex. CPython's int slots
 * return NotImplemented for any non-int, so such an operand's own (reflected) method runs
 * next: `3 + F(2.0)` calls F.__radd__. The slots here compute int-with-float results
 * directly (the same value for exact floats), so they step aside only for subclasses.
 */
function floatSubclassOperand(x: PyObject): boolean {
  return (x instanceof PyFloat && x.ob_type !== floatType) || (x instanceof PyComplex && x.ob_type !== complexType);
}

/** An int slot's non-int case: NotImplemented for float/complex subclasses, else the general operation. */
function intMixed(op: NumBinOp, v: PyObject, w: PyObject): PyObject {
  return floatSubclassOperand(v) || floatSubclassOperand(w) ? NotImplemented : numericBinaryOp(op, v, w);
}

setSlots(intType, {
  ...arithmeticSlots,
  nb_true_divide: (v, w) => intMixed('/', v, w),
  nb_divmod: (v, w) => intMixed('divmod', v, w),
  nb_power: (v, w) => intMixed('**', v, w),
  // int <op> int straight to int_ops, without numericBinaryOp's operand ranking: the
  // overflowing `state * 1103515245 + 12345` steps of wordcount/sorting reach these.
  // Bools and subclass instances take the general path (bool & bool stays a bool there).
  // One literal per slot, so each call site of int_ops stays monomorphic.
  nb_add: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intAdd(v, w) : intMixed('+', v, w)),
  nb_subtract: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intSub(v, w) : intMixed('-', v, w)),
  nb_multiply: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intMul(v, w) : intMixed('*', v, w)),
  nb_floor_divide: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intFloorDiv(v, w) : intMixed('//', v, w)),
  nb_remainder: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intMod(v, w) : intMixed('%', v, w)),
  nb_lshift: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intLshift(v, w) : intMixed('<<', v, w)),
  nb_rshift: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intRshift(v, w) : intMixed('>>', v, w)),
  nb_and: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intAnd(v, w) : intMixed('&', v, w)),
  nb_or: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intOr(v, w) : intMixed('|', v, w)),
  nb_xor: (v, w) => (isIntPrim(v) && isIntPrim(w) ? I.intXor(v, w) : intMixed('^', v, w)),
  nb_bool: (v) => (typeof v === 'boolean' ? v : v instanceof I.PyIntSub ? v.value !== 0 : v !== 0),
  // Overrides of the core's versions that also accept boxed subclass instances.
  tp_repr: (v) => (typeof v === 'boolean' ? (v ? '1' : '0') : I.intRepr(intValue(v))),
  tp_hash: (v) => Number(I.hashInt(intValue(v))),
  nb_index: (v) => intValue(v),
  nb_int: (v) => intValue(v),
  nb_float: (v) => I.intToFloat(intValue(v)),
  tp_new: intNew,
});

setSlots(boolType, {
  tp_new: (_t, args, kwargs) => {
    noKwargs('bool', kwargs);
    if (args.length > 1) raise('TypeError', `bool expected at most 1 argument, got ${args.length}`);
    return args.length === 0 ? false : isTrue(args[0]);
  },
  tp_str: (v) => (v ? 'True' : 'False'),
});

/** An operand float arithmetic can use directly: a float's value or a safe int (an exact double). */
function floatOperand(v: PyObject): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  return undefined;
}

/** A float slot's general case: NotImplemented for complex subclasses (as intMixed for int). */
function floatMixed(op: NumBinOp, v: PyObject, w: PyObject): PyObject {
  return (v instanceof PyComplex && v.ob_type !== complexType) || (w instanceof PyComplex && w.ob_type !== complexType)
    ? NotImplemented
    : numericBinaryOp(op, v, w);
}

setSlots(floatType, {
  ...floatArithmeticSlots,
  nb_floor_divide: (v, w) => floatMixed('//', v, w),
  nb_remainder: (v, w) => floatMixed('%', v, w),
  nb_divmod: (v, w) => floatMixed('divmod', v, w),
  nb_power: (v, w) => floatMixed('**', v, w),
  // float <op> float/int without numericBinaryOp's operand ranking (spectral_norm's
  // `1.0 / int`); anything else (bigints, bools, complex, subclasses' ints) goes the general way.
  nb_add: (v, w) => {
    const a = floatOperand(v), b = floatOperand(w);
    return a !== undefined && b !== undefined ? new PyFloat(a + b) : floatMixed('+', v, w);
  },
  nb_subtract: (v, w) => {
    const a = floatOperand(v), b = floatOperand(w);
    return a !== undefined && b !== undefined ? new PyFloat(a - b) : floatMixed('-', v, w);
  },
  nb_multiply: (v, w) => {
    const a = floatOperand(v), b = floatOperand(w);
    return a !== undefined && b !== undefined ? new PyFloat(a * b) : floatMixed('*', v, w);
  },
  nb_true_divide: (v, w) => {
    const a = floatOperand(v), b = floatOperand(w);
    return a !== undefined && b !== undefined ? new PyFloat(F.floatTrueDiv(a, b)) : floatMixed('/', v, w);
  },
  nb_bool: (v) => floatValue(v) !== 0,
  nb_int: (v) => I.floatToInt(floatValue(v)),
  nb_float: (v) => floatValue(v),
  tp_new: floatNew,
});

setSlots(complexType, {
  ...complexArithmeticSlots,
  nb_bool: (v) => (v as PyComplex).real !== 0 || (v as PyComplex).imag !== 0,
  tp_repr: (v) => C.complexRepr(v as PyComplex),
  tp_hash: (v) => {
    const c = v as PyComplex;
    const hr = BigInt(F.hashFloat(c.real)), hi = BigInt(F.hashFloat(c.imag));
    let h = BigInt.asIntN(64, hr + 1000003n * hi);
    if (h === -1n) h = -2n;
    return Number(h);
  },
  tp_new: complexNew,
});

// ---- int methods and attributes -----------------------------------------------------------------

addMethod(intType, 'bit_length', (v) => I.bitLength(intValue(v)), { minArgs: 0, maxArgs: 0 });
addMethod(intType, 'bit_count', (v) => {
  const x = intValue(v);
  const s = (typeof x === 'number' ? Math.abs(x) : x < 0n ? -x : x).toString(2);
  let n = 0;
  for (const c of s) if (c === '1') n++;
  return n;
}, { minArgs: 0, maxArgs: 0 });
addMethod(intType, 'conjugate', (v) => intValue(v), { minArgs: 0, maxArgs: 0 });
addMethod(intType, 'as_integer_ratio', (v) => new PyTuple([intValue(v), 1]), { minArgs: 0, maxArgs: 0 });
addMethod(intType, '__trunc__', (v) => intValue(v), { minArgs: 0, maxArgs: 0 });
addMethod(intType, '__floor__', (v) => intValue(v), { minArgs: 0, maxArgs: 0 });
addMethod(intType, '__ceil__', (v) => intValue(v), { minArgs: 0, maxArgs: 0 });
addMethod(intType, '__round__', (v, args) => {
  if (args.length > 1) raise('TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0 || args[0] === None) return intValue(v);
  return F.intRound(intValue(v), asIndex(args[0]));
});
addMethod(intType, '__format__', (v, args) => {
  const spec = args[0];
  if (typeof spec !== 'string') raise('TypeError', `__format__() argument must be str, not ${typeOf(spec).tpName}`);
  if (typeof v === 'boolean' && spec === '') return v ? 'True' : 'False';
  // An empty spec means str(self) (which a subclass may override).
  if (spec === '' && typeof v === 'object') return opStr(v);
  return formatInt(intValue(v), spec);
}, { minArgs: 1, maxArgs: 1 });
addMethod(intType, '__getnewargs__', (v) => new PyTuple([intValue(v)]), { minArgs: 0, maxArgs: 0 });
addGetSet(intType, 'real', (v) => intValue(v));
addGetSet(intType, 'imag', () => 0);
addGetSet(intType, 'numerator', (v) => intValue(v));
addGetSet(intType, 'denominator', () => 1);

/** The byteorder argument of to_bytes/from_bytes: a str (a subclass's value), 'big' by default. */
function byteorderOf(fname: string, arg: PyObject | undefined): 'big' | 'little' {
  if (arg === undefined) return 'big';
  const order = typeof arg === 'string' ? arg : arg instanceof PyStrSub ? arg.value : raise('TypeError', `${fname}() argument 'byteorder' must be str, not ${typeOf(arg).tpName}`);
  if (order !== 'big' && order !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  return order;
}

addMethod(intType, 'to_bytes', (v, args, kwargs) => {
  const [lenArg, orderArg, signedArg] = parseArgs({ fname: 'to_bytes', names: ['length', 'byteorder', 'signed'], required: 0, kwOnlyFrom: 2 }, args, kwargs);
  const length = lenArg === undefined ? 1 : asIndex(lenArg);
  // Past ssize_t CPython cannot convert the length; below that, a length too large to
  // allocate surfaces as V8's RangeError, which the VMs turn into MemoryError (fromJsError).
  if (typeof lenArg === 'bigint' && lenArg > SSIZE_MAX) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  const order = byteorderOf('to_bytes', orderArg);
  const signed = signedArg !== undefined && isTrue(signedArg);
  let x = I.toBig(intValue(v));
  if (x < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = 1n << (bits - 1n);
    if (length === 0 ? x !== 0n : x >= lim || x < -lim) raise('OverflowError', 'int too big to convert');
    if (x < 0n) x += 1n << bits;
  } else if (x >= 1n << bits) {
    raise('OverflowError', 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'big' ? length - 1 - i : i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return new PyBytes(out);
});

addClassMethod(intType, 'from_bytes', (cls, args, kwargs) => {
  const [bytesArg, orderArg, signedArg] = parseArgs({ fname: 'from_bytes', names: ['bytes', 'byteorder', 'signed'], required: 1, kwOnlyFrom: 2 }, args, kwargs);
  const order = byteorderOf('from_bytes', orderArg);
  let bytes: Uint8Array;
  if (bytesArg instanceof PyBytes) bytes = bytesArg.bytes;
  else {
    // PyObject_Bytes: __bytes__, else bytes' conversion of a buffer or an iterable of ints
    // (ipaddress passes a map); a str, an int or an __index__ object is refused, where
    // bytes() would encode it or make that many zero bytes.
    const it = bytesArg as PyObject;
    if (typeof it === 'string' || isIntLike(it) || (typeOf(it).slots.nb_index !== undefined && lookupSpecial(it, '__bytes__') === undefined)) {
      raise('TypeError', `cannot convert '${typeOf(it).tpName}' object to bytes`);
    }
    bytes = (callObject(bytesType, [it], null) as PyBytes).bytes;
  }
  let x = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[order === 'big' ? i : n - 1 - i];
    x = (x << 8n) | BigInt(b);
  }
  if (signedArg !== undefined && isTrue(signedArg) && n > 0 && x >= 1n << BigInt(n * 8 - 1)) x -= 1n << BigInt(n * 8);
  // A subclass gets cls(value), as CPython's int_from_bytes_impl does (bool.from_bytes is a bool).
  return cls === intType ? I.normBig(x) : callObject(cls, [I.normBig(x)], null);
});

// ---- float methods --------------------------------------------------------------------------------

addMethod(floatType, 'is_integer', (v) => F.floatIsInteger(floatValue(v)), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, 'as_integer_ratio', (v) => new PyTuple(F.floatAsIntegerRatio(floatValue(v))), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, 'conjugate', (v) => new PyFloat(floatValue(v)), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, '__trunc__', (v) => I.floatToInt(floatValue(v)), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, '__floor__', (v) => I.floatToInt(Math.floor(floatValue(v))), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, '__ceil__', (v) => I.floatToInt(Math.ceil(floatValue(v))), { minArgs: 0, maxArgs: 0 });
addMethod(floatType, '__round__', (v, args) => {
  if (args.length > 1) raise('TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
  if (args.length === 0 || args[0] === None) return F.floatRoundToInt(floatValue(v));
  return new PyFloat(F.floatRound(floatValue(v), asIndex(args[0])));
});
addMethod(floatType, '__format__', (v, args) => {
  const spec = args[0];
  if (typeof spec !== 'string') raise('TypeError', `__format__() argument must be str, not ${typeOf(spec).tpName}`);
  if (spec === '' && typeOf(v) !== floatType) return opStr(v);
  return formatFloat(floatValue(v), spec);
}, { minArgs: 1, maxArgs: 1 });
addMethod(floatType, 'hex', (v) => floatHex(floatValue(v)), { minArgs: 0, maxArgs: 0 });
addClassMethod(floatType, 'fromhex', (cls, args) => {
  if (args.length !== 1) raise('TypeError', `float.fromhex() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (typeof s !== 'string') raise('TypeError', 'bad argument type for built-in operation');
  const r = new PyFloat(floatFromHex(s));
  return cls === floatType ? r : callObject(cls, [r], null);
});

// float.__getformat__(typestr): how C doubles and floats are stored (test.support reads it).
addClassMethod(floatType, '__getformat__', (_cls, args) => {
  if (args.length !== 1) raise('TypeError', `float.__getformat__() takes exactly one argument (${args.length} given)`);
  const t = args[0];
  if (typeof t !== 'string') raise('TypeError', `__getformat__() argument must be str, not ${typeOf(t).tpName}`);
  if (t !== 'double' && t !== 'float') raise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
});

/** float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan. */
function floatFromHex(text: string): number {
  const t = I.pyStripWhitespace(text);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const neg = special[1] === '-';
    // '-nan' keeps its sign bit, as CPython's (math.copysign shows it).
    if (special[2].toLowerCase() === 'nan') return neg ? F.negNaN() : NaN;
    return neg ? -Infinity : Infinity;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(t);
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    return raise('ValueError', 'invalid hexadecimal floating-point string');
  }
  const intPart = m[2], frac = m[3] ?? '';
  const mant = BigInt('0x' + ((intPart + frac) || '0'));
  // The value is mant * 2**exp. Its exponent may be any size ('0x1p123456789123456789'), so it
  // is compared with the float range before any arithmetic on it.
  const exp = (m[4] === undefined ? 0 : Number(m[4])) - 4 * frac.length;
  let r: number;
  if (mant === 0n) r = 0;
  else {
    const bits = mant.toString(2).length;
    const top = bits + exp; // 2**(top-1) <= value < 2**top
    if (top > 1024) return raise('OverflowError', 'hexadecimal value too large to represent as a float');
    if (top < -1075) r = 0; // below half the smallest subnormal: rounds to zero
    else {
      // Round once, half to even, at the value's last representable bit: 53 bits below the
      // leading one, or 2**-1074 for subnormals.
      const quantum = Math.max(top - 53, -1074);
      const shift = quantum - exp;
      if (shift <= 0) r = Number(mant) * 2 ** exp; // exact: at most 53 significant bits
      else {
        const s = BigInt(shift);
        let q = mant >> s;
        const rest = mant & ((1n << s) - 1n);
        const half = 1n << (s - 1n);
        if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
        r = Number(q) * 2 ** quantum;
      }
      if (!isFinite(r)) return raise('OverflowError', 'hexadecimal value too large to represent as a float');
    }
  }
  return m[1] === '-' ? -r : r;
}
addMethod(floatType, '__getnewargs__', (v) => new PyTuple([new PyFloat(floatValue(v))]), { minArgs: 0, maxArgs: 0 });
addGetSet(floatType, 'real', (v) => new PyFloat(floatValue(v)));
addGetSet(floatType, 'imag', () => new PyFloat(0));

/** float.hex(): '0x1.8000000000000p+0' */
function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { m, e } = F.frexpInt(x);
  // m has 53 bits for normals (leading 1), fewer for subnormals
  let mant = m, exp = e + 52;
  if (mant < 1n << 52n) {
    // subnormal: CPython prints 0x0.xxxp-1022
    const frac = mant.toString(16).padStart(13, '0');
    return `${sign}0x0.${frac}p-1022`;
  }
  mant -= 1n << 52n;
  const frac = mant.toString(16).padStart(13, '0');
  return `${sign}0x1.${frac}p${exp >= 0 ? '+' : ''}${exp}`;
}

// ---- complex attributes ----------------------------------------------------------------------------

addGetSet(complexType, 'real', (v) => new PyFloat((v as PyComplex).real));
addGetSet(complexType, 'imag', (v) => new PyFloat((v as PyComplex).imag));
addMethod(complexType, 'conjugate', (v) => new PyComplex((v as PyComplex).real, -(v as PyComplex).imag), { minArgs: 0, maxArgs: 0 });
// complex.__complex__ (3.11): the value itself for an exact complex, else a copy of it.
addMethod(complexType, '__complex__', (v) => (typeOf(v) === complexType ? v : new PyComplex((v as PyComplex).real, (v as PyComplex).imag)), { minArgs: 0, maxArgs: 0 });
addMethod(complexType, '__getnewargs__', (v) => new PyTuple([new PyFloat((v as PyComplex).real), new PyFloat((v as PyComplex).imag)]), { minArgs: 0, maxArgs: 0 });
addMethod(complexType, '__format__', (v, args) => {
  const spec = args[0];
  if (typeof spec !== 'string') raise('TypeError', `__format__() argument must be str, not ${typeOf(spec).tpName}`);
  if (spec === '') return C.complexRepr(v as PyComplex);
  const c = v as PyComplex;
  // The common forms: a float spec applied to both parts, as "re+imj".
  const re = formatFloat(c.real, spec.replace(/^(.?[<>^=])?/, '').replace(/^\d+/, ''));
  const imSpec = spec.replace(/^(.?[<>^=])?/, '').replace(/^\d+/, '');
  let im = formatFloat(c.imag, imSpec.startsWith('+') || imSpec.startsWith('-') || imSpec.startsWith(' ') ? imSpec : '+' + imSpec);
  if (!im.startsWith('-') && !im.startsWith('+')) im = '+' + im;
  return `${re}${im}j`;
}, { minArgs: 1, maxArgs: 1 });

// str(), bytes() constructors live with the str methods; this file only keeps numbers.
void strType;
void bytesType;
void bytearrayType;
void opStr;
void strRepr;

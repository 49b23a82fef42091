// fractions.Fraction: exact rationals (numerator/denominator as bigints in lowest terms,
// denominator > 0) with Lib/fractions.py's arithmetic, comparisons, hash, reprs and
// constructors (ints, pairs, floats exactly, strings like '3/4' or '1.5e-2').

import { PyObject, PyFloat, PyBase, NotImplemented, None, PyTuple } from '../object';
import { PyType, CompareOp } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType, typeOf } from '../types';
import { addGetSet, addClassMethod } from '../function';
import { finishSubtypeInstance } from '../class';
import { raise } from '../lib_errors';
import { addLibMethod, asIndex } from '../lib_args';
import * as I from '../int_ops';
import * as F from '../float_ops';
import { compareNumbers, repr } from '../ops';
import { defineModule } from './module_util';
import { getAttr } from '../attr';
import { callObject } from '../call';

export class PyFraction extends PyBase {
  constructor(public readonly n: bigint, public readonly d: bigint) {
    super();
  }
}
const fractionType: PyType = makeBuiltinType('Fraction', objectType, { module: 'fractions', baseType: true });
setBuiltinType(PyFraction, fractionType);

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function make(n: bigint, d: bigint): PyFraction {
  if (d === 0n) raise('ZeroDivisionError', `Fraction(${n}, 0)`);
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d);
  return g > 1n ? new PyFraction(n / g, d / g) : new PyFraction(n, d);
}

/** A rational operand (Fraction or int), or null for anything else. */
function rational(v: PyObject): PyFraction | null {
  if (v instanceof PyFraction) return v;
  if (I.isPyInt(v)) return new PyFraction(I.toBig(v), 1n);
  return null;
}

function toFloat(f: PyFraction): number {
  return I.intTrueDiv(I.normBig(f.n), I.normBig(f.d)).value;
}

function fromString(s: string): PyFraction {
  const m = /^\s*([+-]?)(?:(\d(?:_?\d)*)\s*\/\s*(\d(?:_?\d)*)|(?:(\d(?:_?\d)*)?(?:\.(\d(?:_?\d)*)?)?(?:[eE]([+-]?\d(?:_?\d)*))?))\s*$/.exec(s);
  if (m === null || (m[2] === undefined && m[4] === undefined && m[5] === undefined)) {
    return raise('ValueError', `Invalid literal for Fraction: ${JSON.stringify(s).replace(/^"|"$/g, "'")}`);
  }
  const neg = m[1] === '-';
  let n: bigint, d: bigint;
  if (m[2] !== undefined) {
    n = BigInt(m[2].replace(/_/g, ''));
    d = BigInt(m[3].replace(/_/g, ''));
  } else {
    const ip = (m[4] ?? '').replace(/_/g, '');
    const fp = (m[5] ?? '').replace(/_/g, '');
    n = BigInt((ip + fp) || '0');
    d = 10n ** BigInt(fp.length);
    if (m[6] !== undefined) {
      const e = Number(m[6].replace(/_/g, ''));
      if (e >= 0) n *= 10n ** BigInt(e);
      else d *= 10n ** BigInt(-e);
    }
  }
  return make(neg ? -n : n, d);
}

function fromObject(v: PyObject): PyFraction {
  const r = rational(v);
  if (r !== null) return r;
  if (v instanceof PyFloat) {
    const [n, d] = F.floatAsIntegerRatio(v.value);
    return make(I.toBig(n), I.toBig(d));
  }
  if (typeof v === 'string') return fromString(v);
  // decimal.Decimal (CPython's `isinstance(numerator, (float, Decimal))`): its as_integer_ratio(),
  // with its errors for NaN and infinities.
  if (isDecimal(v)) return fromRatio(callObject(getAttr(v, 'as_integer_ratio'), [], null));
  return raise('TypeError', 'argument should be a string or a Rational instance');
}

/** Whether v is a decimal.Decimal (pyvm's decimal module is Python source: found by its type's MRO). */
function isDecimal(v: PyObject): boolean {
  const t = typeOf(v);
  return t.mro.some((c) => c.name === 'Decimal' && c.module === 'decimal');
}

function fromRatio(r: PyObject): PyFraction {
  const [n, d] = (r as PyTuple).items;
  return make(I.toBig(n as I.PyInt), I.toBig(d as I.PyInt));
}

type Op = (a: PyFraction, b: PyFraction) => PyObject;
function arith(op: Op, floatOp: (a: number, b: number) => number) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = rational(v), b = rational(w);
    if (a !== null && b !== null) return op(a, b);
    // Mixed with float: compute in floats (Lib/fractions.py's _operator_fallbacks).
    if ((v instanceof PyFloat && b !== null) || (w instanceof PyFloat && a !== null)) {
      const x = v instanceof PyFloat ? v.value : toFloat(a!);
      const y = w instanceof PyFloat ? w.value : toFloat(b!);
      return new PyFloat(floatOp(x, y));
    }
    return NotImplemented;
  };
}

function floorDiv(a: PyFraction, b: PyFraction): bigint {
  if (b.n === 0n) raise('ZeroDivisionError', 'division by zero');
  const num = a.n * b.d, den = a.d * b.n;
  let q = num / den;
  if ((num % den !== 0n) && ((num < 0n) !== (den < 0n))) q -= 1n;
  return q;
}

function cmp(a: PyFraction, b: PyFraction): number {
  const x = a.n * b.d, y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

setSlots(fractionType, {
  tp_new: (t, args, kwargs) => {
    const num = args[0] ?? kwargs?.get('numerator');
    const den = args[1] ?? kwargs?.get('denominator');
    let f: PyFraction;
    if (num === undefined) f = new PyFraction(0n, 1n);
    else if (den === undefined || den === None) f = fromObject(num);
    else {
      const a = rational(num), b = rational(den);
      if (a === null || b === null) raise('TypeError', 'both arguments should be Rational instances');
      if (b!.n === 0n) raise('ZeroDivisionError', `Fraction(${a!.n}, 0)`);
      f = make(a!.n * b!.d, a!.d * b!.n);
    }
    return t === fractionType ? f : finishSubtypeInstance(new PyFraction(f.n, f.d), t);
  },
  tp_repr: (v) => `Fraction(${(v as PyFraction).n}, ${(v as PyFraction).d})`,
  tp_str: (v) => ((v as PyFraction).d === 1n ? `${(v as PyFraction).n}` : `${(v as PyFraction).n}/${(v as PyFraction).d}`),
  tp_hash: (v) => {
    // _hash_algorithm: numerator * inverse(denominator) mod P, sign applied, -1 -> -2.
    const f = v as PyFraction;
    const P = I.HASH_MODULUS;
    let inv = 0n;
    {
      let base = f.d % P, e = P - 2n, r = 1n;
      while (e > 0n) { if (e & 1n) r = (r * base) % P; base = (base * base) % P; e >>= 1n; }
      inv = r;
    }
    let h: bigint;
    if (inv === 0n) h = 2305843009213693951n; // _PyHASH_INF
    else h = ((f.n < 0n ? -f.n : f.n) % P) * inv % P;
    if (f.n < 0n) h = -h;
    if (h === -1n) h = -2n;
    return Number(h);
  },
  nb_add: arith((a, b) => make(a.n * b.d + b.n * a.d, a.d * b.d), (x, y) => x + y),
  nb_subtract: arith((a, b) => make(a.n * b.d - b.n * a.d, a.d * b.d), (x, y) => x - y),
  nb_multiply: arith((a, b) => make(a.n * b.n, a.d * b.d), (x, y) => x * y),
  nb_true_divide: arith((a, b) => {
    if (b.n === 0n) raise('ZeroDivisionError', `Fraction(${a.n * b.d}, 0)`);
    return make(a.n * b.d, a.d * b.n);
  }, (x, y) => F.floatTrueDiv(x, y)),
  nb_floor_divide: arith((a, b) => I.normBig(floorDiv(a, b)), (x, y) => F.floatFloorDiv(x, y)),
  nb_remainder: arith((a, b) => {
    const q = floorDiv(a, b);
    return make(a.n * b.d - q * b.n * a.d, a.d * b.d);
  }, (x, y) => F.floatMod(x, y)),
  nb_power: (v, w) => {
    if (!(v instanceof PyFraction)) {
      if (I.isPyInt(v) && w instanceof PyFraction) return w.d === 1n ? I.intPow(v, I.normBig(w.n)) : new PyFloat(Math.pow(Number(v), toFloat(w)));
      if (v instanceof PyFloat && w instanceof PyFraction) return new PyFloat(F.floatPow(v.value, toFloat(w)) as number);
      return NotImplemented;
    }
    const b = rational(w);
    if (b !== null && b.d === 1n) {
      const e = b.n;
      if (e >= 0n) return make(v.n ** e, v.d ** e);
      if (v.n === 0n) raise('ZeroDivisionError', `Fraction(${v.d ** -e}, 0)`);
      return make(v.d ** -e, v.n ** -e);
    }
    const y = w instanceof PyFloat ? w.value : b !== null ? toFloat(b) : null;
    if (y === null) return NotImplemented;
    return new PyFloat(F.floatPow(toFloat(v), y) as number);
  },
  nb_negative: (v) => new PyFraction(-(v as PyFraction).n, (v as PyFraction).d),
  nb_positive: (v) => v,
  nb_absolute: (v) => new PyFraction((v as PyFraction).n < 0n ? -(v as PyFraction).n : (v as PyFraction).n, (v as PyFraction).d),
  nb_bool: (v) => (v as PyFraction).n !== 0n,
  nb_float: (v) => toFloat(v as PyFraction),
  nb_int: (v) => {
    const f = v as PyFraction;
    return I.normBig(f.n / f.d); // truncation toward zero
  },
  tp_richcompare: (v, w, op: CompareOp) => {
    const a = v as PyFraction;
    const b = rational(w);
    if (b !== null) {
      const c = cmp(a, b);
      return compareNumbers(c, 0, op);
    }
    if (w instanceof PyFloat) {
      const y = w.value;
      if (y !== y || !isFinite(y)) return op === 3 ? true : op === 2 ? false : compareNumbers(0, y, op);
      const [n, d] = F.floatAsIntegerRatio(y);
      return compareNumbers(cmp(a, make(I.toBig(n), I.toBig(d))), 0, op);
    }
    return NotImplemented;
  },
});

// Fraction.__reduce__: (cls, (numerator, denominator)), as fractions.py's.
addLibMethod(fractionType, '__reduce__', (v) => new PyTuple([typeOf(v), new PyTuple([I.normBig((v as PyFraction).n), I.normBig((v as PyFraction).d)])]), { minArgs: 0, maxArgs: 0 });
addGetSet(fractionType, 'numerator', (v) => I.normBig((v as PyFraction).n));
addGetSet(fractionType, 'denominator', (v) => I.normBig((v as PyFraction).d));
addLibMethod(fractionType, 'limit_denominator', (v, args) => {
  const f = v as PyFraction;
  const maxD = args.length > 0 ? BigInt(asIndex(args[0])) : 1000000n;
  if (maxD < 1n) raise('ValueError', 'max_denominator should be at least 1');
  if (f.d <= maxD) return f;
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let n = f.n, d = f.d;
  for (;;) {
    const a = n / d;
    const q2 = q0 + a * q1;
    if (q2 > maxD) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
    if (d === 0n) break;
  }
  const k = (maxD - q0) / q1;
  const b1 = make(p0 + k * p1, q0 + k * q1);
  const b2 = make(p1, q1);
  const diff = (x: PyFraction): PyFraction => {
    const r = make(x.n * f.d - f.n * x.d, x.d * f.d);
    return new PyFraction(r.n < 0n ? -r.n : r.n, r.d);
  };
  return cmp(diff(b2), diff(b1)) <= 0 ? b2 : b1;
}, { minArgs: 0, maxArgs: 1 });
addLibMethod(fractionType, 'as_integer_ratio', (v) => new PyTuple([I.normBig((v as PyFraction).n), I.normBig((v as PyFraction).d)]), { minArgs: 0, maxArgs: 0 });
addLibMethod(fractionType, '__round__', (v, args) => {
  const f = v as PyFraction;
  if (args.length === 0 || args[0] === None) {
    // round half to even
    const fl = f.n / f.d - ((f.n % f.d !== 0n && f.n < 0n) ? 1n : 0n);
    const rem2 = 2n * (f.n - fl * f.d);
    if (rem2 > f.d || (rem2 === f.d && fl % 2n !== 0n)) return I.normBig(fl + 1n);
    return I.normBig(fl);
  }
  const nd = asIndex(args[0]);
  const shift = 10n ** BigInt(Math.abs(nd));
  const scaled = nd >= 0 ? make(f.n * shift, f.d) : make(f.n, f.d * shift);
  const fl = scaled.n / scaled.d - ((scaled.n % scaled.d !== 0n && scaled.n < 0n) ? 1n : 0n);
  const rem2 = 2n * (scaled.n - fl * scaled.d);
  const r = rem2 > scaled.d || (rem2 === scaled.d && fl % 2n !== 0n) ? fl + 1n : fl;
  return nd >= 0 ? make(r, shift) : make(r * shift, 1n);
}, { minArgs: 0, maxArgs: 1 });
addLibMethod(fractionType, '__floor__', (v) => I.normBig(floorDiv(v as PyFraction, new PyFraction(1n, 1n))), { minArgs: 0, maxArgs: 0 });
addLibMethod(fractionType, '__ceil__', (v) => I.normBig(-floorDiv(new PyFraction(-(v as PyFraction).n, (v as PyFraction).d), new PyFraction(1n, 1n))), { minArgs: 0, maxArgs: 0 });
addLibMethod(fractionType, '__trunc__', (v) => I.normBig((v as PyFraction).n / (v as PyFraction).d), { minArgs: 0, maxArgs: 0 });
addClassMethod(fractionType, 'from_float', (_c, args) => fromObject(args[0]));
addClassMethod(fractionType, 'from_decimal', (_c, args) => {
  const v = args[0];
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return make(I.toBig(v), 1n);
  if (!isDecimal(v)) raise('TypeError', `Fraction.from_decimal() only takes Decimals, not ${repr(v)} (${typeOf(v).name})`);
  return fromRatio(callObject(getAttr(v, 'as_integer_ratio'), [], null));
});

defineModule('fractions', (m) => {
  m.set('Fraction', fractionType);
  void typeOf;
});

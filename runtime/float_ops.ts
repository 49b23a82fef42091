// Python float semantics (Objects/floatobject.c) and exact decimal conversion of doubles.
//
// The float operators JS already gets right (+, -, *) need nothing here. This file holds
// what differs from JS: true/floor division and modulo with CPython's sign rules and
// ZeroDivisionError messages, float_pow's special cases (and its complex result for a
// negative base), round() correctly rounded as CPython's dtoa-based float___round__,
// float(str), as_integer_ratio, is_integer and the numeric hash.
//
// Formatting a double to a fixed number of digits ('%.2f', format(x, '.3e'), round())
// needs the exact decimal value of the double: `exactDecimal` produces it (a double is
// m * 2**E, so it always has a finite decimal expansion), and `roundDigits` rounds it
// half-to-even as CPython's correctly rounded _Py_dg_dtoa does. JS's toFixed cannot be
// used for the rounding itself: it rounds ties away from zero (2.5.toFixed(0) == "3").

import { PyFloat, PyComplex } from './object';
import { raise } from './lib_errors';
import { strRepr } from './str_repr';
import { PyInt, PyIntLike, normBig, floatToInt, HASH_MODULUS, pyStripWhitespace, asciiDigits } from './int_ops';
import { complexPow } from './complex';
import { powFinite } from './dd_math';

// ---- exact decimal expansion ----------------------------------------------------------------

/** A nonnegative decimal D * 10**exp, D a digit string without leading zeros ('0' for zero). */
export interface ExactDecimal {
  digits: string;
  exp: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * True when x's sign bit is set, NaNs included (-nan: JavaScript keeps a NaN's sign through
 * negation and storage, but no comparison can see it; math.copysign needs it).
 */
export function signBit(x: number): boolean {
  f64[0] = x;
  return u32[1] >>> 31 === 1;
}

/** Splits a finite double into mantissa and binary exponent: |x| = m * 2**e, m an integer. */
export function frexpInt(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  let m = (BigInt(mhi) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074; // subnormal
  else { m |= 1n << 52n; e = bexp - 1075; }
  return { m, e };
}

/** The exact decimal value of |x| (x finite). */
export function exactDecimal(x: number): ExactDecimal {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', exp: 0 };
  let digits: string, exp: number;
  if (ax >= 1e-6 && ax < 1e21) {
    // |x| >= 2**-20 has at most 72 fractional bits, hence at most 72 fractional decimal
    // digits; V8's toFixed(80) prints them exactly.
    const s = ax.toFixed(80);
    const dot = s.indexOf('.');
    digits = s.slice(0, dot) + s.slice(dot + 1);
    exp = -(s.length - dot - 1);
  } else {
    const { m, e } = frexpInt(ax);
    if (e >= 0) { digits = (m << BigInt(e)).toString(); exp = 0; }
    else { digits = (m * 5n ** BigInt(-e)).toString(); exp = e; }
  }
  let i = 0;
  while (i < digits.length - 1 && digits[i] === '0') i++;
  digits = digits.slice(i);
  let j = digits.length;
  while (j > 1 && digits[j - 1] === '0') j--;
  exp += digits.length - j;
  return { digits: digits.slice(0, j), exp };
}

/** Adds one to a decimal digit string ('199' -> '200', '99' -> '100'). */
function incrementDigits(s: string): string {
  const a = s.split('');
  let i = a.length - 1;
  while (i >= 0) {
    if (a[i] === '9') { a[i] = '0'; i--; }
    else { a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1); return a.join(''); }
  }
  return '1' + a.join('');
}

/**
 * Rounds D * 10**exp to a multiple of 10**k, half to even; returns N with result N * 10**k
 * (N a digit string without leading zeros, '0' for zero).
 */
export function roundDigits(d: ExactDecimal, k: number): string {
  const { digits, exp } = d;
  if (exp >= k) return digits === '0' ? '0' : digits + '0'.repeat(exp - k);
  const drop = k - exp; // digits to remove from the right
  if (drop > digits.length) return '0'; // value < 10**(k-1) * ... < half a unit
  const keep = digits.slice(0, digits.length - drop);
  const rest = digits.slice(digits.length - drop);
  let up: boolean;
  if (rest[0] > '5') up = true;
  else if (rest[0] < '5') up = false;
  else if (/[1-9]/.test(rest.slice(1))) up = true;
  else up = keep.length > 0 && (keep.charCodeAt(keep.length - 1) - 48) % 2 === 1; // exact tie: to even
  const n = up ? incrementDigits(keep === '' ? '0' : keep) : keep;
  return n === '' ? '0' : n.replace(/^0+(?=\d)/, '');
}

/**
 * Number of decimal digits after the point in the exact value of |x| (finite, nonzero):
 * x = m * 2**e with m odd has exactly max(0, -e) of them.
 */
function exactFractionDigits(x: number): number {
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = (hi & 0xfffff) | (bexp === 0 ? 0 : 0x100000);
  const e0 = bexp === 0 ? -1074 : bexp - 1075;
  // Trailing zero bits of the 53-bit mantissa (lo, then the high part).
  const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(mhi & -mhi);
  const e = e0 + tz;
  return e >= 0 ? 0 : -e;
}

/** |x| with `prec` digits after the point, correctly rounded (x finite). No sign. */
export function fixedDigits(x: number, prec: number): string {
  const ax = Math.abs(x);
  // V8's toFixed rounds the exact value correctly except for exact ties, which it rounds up
  // where CPython rounds half to even. A tie needs exactly prec+1 digits after the point,
  // so any other value can use toFixed (no 80-digit expansion per '%.2f').
  if (ax < 1e21 && prec <= 100 && (ax === 0 || exactFractionDigits(ax) !== prec + 1)) return ax.toFixed(prec);
  let n = roundDigits(exactDecimal(x), -prec);
  if (prec === 0) return n;
  if (n.length <= prec) n = '0'.repeat(prec - n.length + 1) + n;
  return n.slice(0, n.length - prec) + '.' + n.slice(n.length - prec);
}

/**
 * |x| rounded to prec+1 significant digits (x finite): the digit string (length prec+1)
 * and the decimal exponent of its first digit.
 */
export function sciDigits(x: number, prec: number): { digits: string; exp: number } {
  const d = exactDecimal(x);
  if (d.digits === '0') return { digits: '0'.repeat(prec + 1), exp: 0 };
  let lead = d.digits.length - 1 + d.exp;
  let n = roundDigits(d, lead - prec);
  if (n.length > prec + 1) { lead += 1; n = n.slice(0, prec + 1); }
  return { digits: n, exp: lead };
}

// ---- arithmetic --------------------------------------------------------------------------

/** float_div */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** float_rem: the result has the divisor's sign. */
export function floatMod(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float modulo');
  return floatModUnchecked(a, b);
}

function floatModUnchecked(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) { // C truthiness: NaN counts as nonzero
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

/** float_divmod's core (also used by // and %): [floor quotient, remainder]. */
function floatDivmodUnchecked(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // C truthiness: NaN counts as nonzero
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0; // copysign(0.0, vx / wx)
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return floatDivmodUnchecked(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raise('ZeroDivisionError', 'float divmod()');
  return floatDivmodUnchecked(a, b);
}

/** float_pow: a float, or a complex for a negative base and a non-integral exponent. */
export function floatPow(iv: number, iw: number): number | PyComplex {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (!isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    return (iw > 0) === (av > 1.0) ? Infinity : 0.0;
  }
  if (!(iv > 0 && iv < Infinity)) {
    // The special bases (float_pow's order). iw's parity is only asked here: `iw % 2` on a
    // double is a C call in V8's code, a tenth of a pow's time when it was computed first.
    const iwIsOdd = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (!isFinite(iv)) {
      if (iv > 0) return iw > 0 ? iv : 0.0;
      return iw > 0 ? (iwIsOdd ? iv : -iv) : (iwIsOdd ? -0.0 : 0.0);
    }
    if (iv === 0) {
      if (iw < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
      return iwIsOdd ? iv : 0.0;
    }
    if (!Number.isInteger(iw)) {
      return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
    }
    if (iv === -1.0) return iwIsOdd ? -1.0 : 1.0;
  }
  if (iv === 1.0) return 1.0;
  // Exponents whose correctly rounded result is one IEEE operation (no double-double
  // log/exp, which costs ~2 us): x**1, x**2, x**-1, x**0.5 (x > 0 here for 0.5).
  let r: number;
  if (iw === 2) r = iv * iv;
  else if (iw === 1) r = iv;
  else if (iw === -1) r = 1 / iv;
  else if (iw === 0.5) r = Math.sqrt(iv);
  else r = powFinite(iv, iw); // V8's Math.pow is not correctly rounded; glibc's pow is
  if (!isFinite(r)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

// ---- rounding and conversion --------------------------------------------------------------

/** round(x) with no ndigits: the nearest int, ties to even (float___round___impl). */
export function floatRoundToInt(x: number): PyInt {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (!isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f; // exact
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return floatToInt(r);
}

/** round(x, ndigits): correctly rounded to a multiple of 10**-ndigits, ties to even. */
export function floatRound(x: number, ndigits: number): number {
  if (x === 0 || !isFinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (ndigits >= 0 && ndigits <= 100) {
    // The correctly rounded decimal string (fixedDigits: toFixed unless an exact tie) read
    // back: the same value as the digits-and-exponent form below.
    const r = Number(fixedDigits(x, ndigits));
    if (!isFinite(r)) raise('OverflowError', 'rounded value too large to represent');
    return x < 0 ? -r : r;
  }
  const n = roundDigits(exactDecimal(x), -ndigits);
  const r = parseFloat(`${n}e${-ndigits}`);
  if (!isFinite(r)) raise('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** round(int, ndigits) for ndigits < 0: to a multiple of 10**-ndigits, ties to even. */
export function intRound(a: PyIntLike, ndigits: number): PyInt {
  const x = typeof a === 'boolean' ? (a ? 1 : 0) : a;
  if (ndigits >= 0) return x;
  const neg = x < 0;
  const mag = neg ? -BigInt(x) : BigInt(x);
  const r = roundDigits({ digits: mag.toString(), exp: 0 }, -ndigits);
  const v = r === '0' ? 0n : BigInt(r + '0'.repeat(-ndigits));
  return normBig(neg ? -v : v);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?)$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(str) (PyFloat_FromString): whitespace, underscores between digits, inf/nan words. */
/** A plain ASCII decimal literal ("3.25", "-1e5", ".5"): JS's Number() parses it exactly as float() does. */
const SIMPLE_FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A NaN with its sign bit set (float('-nan')), read from memory at each call: TurboFan turns
 * every NaN constant, the literal `-NaN` included, into its canonical NaN, so once
 * floatFromString was optimized (a warm float() of strings earlier in the process: the library
 * tests run every program in one process) float('-nan') lost its sign.
 */
const NEG_NAN_CELL = new Float64Array(1);
new Uint32Array(NEG_NAN_CELL.buffer)[1] = 0xfff80000; // little-endian: the high word
export function negNaN(): number {
  return NEG_NAN_CELL[0];
}

/** Exact powers of ten up to 1e22 (each is a double; Clinger's fast path below). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * A plain ASCII decimal literal of at most 15 digits with a decimal exponent within +-22
 * ("1.5", "-12.25", "2.5e3"), else undefined. Its digits make an integer m < 2**53 and 10**e is
 * exact, so m * 10**e or m / 10**-e, one correctly rounded operation, is the correctly rounded
 * value (Clinger's fast path), what Number(s) and CPython give. Number(s) of a string costs
 * ~60-70 ns in V8 (a runtime call), SIMPLE_FLOAT_RE's test ~15; this loop ~10-20.
 */
function simpleDecimal(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  const neg = c === 45;
  if (neg || c === 43) i = 1;
  let m = 0, nd = 0, point = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      nd++;
    } else if (c === 46 && point < 0) point = nd;
    else break;
  }
  if (nd === 0 || nd > 15) return undefined;
  let e = point < 0 ? 0 : point - nd;
  if (i < n) {
    // An exponent: e or E, a sign, 1-3 digits, the end.
    if ((c | 0x20) !== 101 || ++i >= n) return undefined;
    c = s.charCodeAt(i);
    const eneg = c === 45;
    if (eneg || c === 43) i++;
    if (i >= n || n - i > 3) return undefined;
    let x = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      x = x * 10 + (c - 48);
    }
    e += eneg ? -x : x;
  }
  let v: number;
  if (e === 0) v = m;
  else if (e > 0 && e <= 22) v = m * POW10[e];
  else if (e < 0 && e >= -22) v = m / POW10[-e];
  else return undefined;
  return neg ? -v : v;
}

export function floatFromString(s: string): number {
  const f = simpleDecimal(s);
  if (f !== undefined) return f;
  if (SIMPLE_FLOAT_RE.test(s)) return Number(s);
  const t = asciiDigits(pyStripWhitespace(s));
  const sp = SPECIAL_RE.exec(t);
  if (sp) {
    const neg = sp[1] === '-';
    // float('-nan') is a NaN with its sign bit set, as CPython's (copysign shows it).
    if (sp[2].toLowerCase() === 'nan') return neg ? negNaN() : NaN;
    return neg ? -Infinity : Infinity;
  }
  // A mantissa needs a digit on one side of the point.
  if (t !== '' && FLOAT_RE.test(t) && /^[+-]?(?:\d|\.\d)/.test(t)) {
    return Number(t.replace(/_/g, ''));
  }
  return raise('ValueError', `could not convert string to float: ${strRepr(s)}`);
}

/** float.is_integer */
export function floatIsInteger(x: number): boolean {
  return isFinite(x) && Math.floor(x) === x;
}

/** float.as_integer_ratio: the exact fraction in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  let { m, e } = frexpInt(x);
  while (m % 2n === 0n && e < 0) { m >>= 1n; e += 1; }
  const sign = x < 0 ? -1n : 1n;
  if (e >= 0) return [normBig(sign * (m << BigInt(e))), 1];
  return [normBig(sign * m), normBig(1n << BigInt(-e))];
}

/** hash(float) (_Py_HashDouble): equal to hash(int) for integral values. */
export function hashFloat(x: number): PyInt {
  if (x !== x) return 0; // CPython 3.10+ hashes NaN by identity; the box's identity is not visible here
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x === 0) return 0;
  // An integral value below 2**53 hashes as the equal int: itself (|x| < the modulus), -1 -> -2.
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x;
  const { m, e } = frexpInt(x);
  // m * 2**e mod P, using 2**61 == 1 (mod P) to reduce the exponent.
  const eMod = ((e % 61) + 61) % 61;
  let h = ((m % HASH_MODULUS) << BigInt(eMod)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** float.__repr__ lives in runtime/float_repr.ts (P); this is float(int) with overflow check. */
export function floatFromInt(a: PyIntLike): PyFloat {
  const x = typeof a === 'boolean' ? (a ? 1 : 0) : a;
  if (typeof x === 'number') return new PyFloat(x);
  const f = Number(x);
  if (!isFinite(f)) raise('OverflowError', 'int too large to convert to float');
  return new PyFloat(f);
}

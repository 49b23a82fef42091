// Python int arithmetic with CPython 3.11 semantics over pyvm's int representation.
//
// Representation (runtime/object.ts): an int is a JS number while it is a safe integer,
// a bigint beyond. bool (JS boolean) is accepted wherever an int is (True == 1).
// INVARIANT kept by every function here: results are normalised (`normBig`), so a value
// inside the safe range is always a number and `typeof v === 'number'` is the fast path.
//
// Each operation first tries the number path (no allocation) and falls back to bigint
// arithmetic only when an operand is a bigint or the exact result would leave the safe
// range. Mirrors Objects/longobject.c (long_add, long_div, long_mod, long_pow, ...).

import { PyFloat, PyBase } from './object';
import { raise } from './lib_errors';
import { strRepr, bytesRepr } from './str_repr';
import { floatPow } from './float_ops';

/** An int as the library sees it: bool is accepted and treated as 0/1. */
export type PyIntLike = number | bigint | boolean;
/** A normalised int result (never a boolean). */
export type PyInt = number | bigint;

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/**
 * An instance of a Python subclass of int (class Even(int)): ints are JS primitives, so a
 * subclass instance boxes its value. The number slots unwrap it; results are plain ints.
 */
export class PyIntSub extends PyBase {
  constructor(public readonly value: PyInt) {
    super();
  }
  /**
   * The primitive a dict may use as this key's map key: the value, unless the subclass
   * overrides __hash__ or __eq__ (then undefined: the slow hashed path applies).
   */
  primitiveKey(): unknown {
    const t = this.ob_type;
    const base = t.mro.find((m) => !m.isHeapType);
    if (base === undefined || t.slots.tp_hash !== base.slots.tp_hash || t.slots.tp_richcompare !== base.slots.tp_richcompare) return undefined;
    return this.value;
  }
}

/** Normalises a bigint result: a number when it is a safe integer. */
export function normBig(b: bigint): PyInt {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

/** Drops bool to its int value (True -> 1). */
export function asInt(a: PyIntLike): PyInt {
  return typeof a === 'boolean' ? (a ? 1 : 0) : a;
}

/**
 * The last bigint conversions of numbers, direct-mapped by the low bits: an overflowing
 * `(s * 1103515245 + 12345) % 2147483648` converts the same constants to bigint on every
 * step (toBig was 24% of such a loop, mostly BigInt() allocations).
 */
const BIG_KEYS = new Float64Array(16).fill(NaN);
const BIG_VALS: bigint[] = new Array<bigint>(16).fill(0n);

export function toBig(a: PyIntLike): bigint {
  if (typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1n : 0n;
  const slot = a & 15;
  if (BIG_KEYS[slot] === a) return BIG_VALS[slot];
  const b = BigInt(a);
  BIG_KEYS[slot] = a;
  BIG_VALS[slot] = b;
  return b;
}

/** True for a Python int or bool in pyvm's representation (a JS number is an int only when integral). */
export function isPyInt(v: unknown): v is PyIntLike {
  return typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
}

// ---- additive and multiplicative operators --------------------------------------------

/** long_add */
export function intAdd(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    // Both operands are safe, so |x+y| <= 2**54: the rounded sum is safe iff the exact one is.
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(x) + toBig(y));
}

/** long_sub */
export function intSub(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(toBig(x) - toBig(y));
}

/** PY_SSIZE_T_MAX: past it CPython cannot hold an index or a length. */
export const SSIZE_MAX = 2n ** 63n - 1n;

/** A bigint outside ssize_t (PyNumber_AsSsize_t's overflow). */
export function pastSsizeT(i: bigint): boolean {
  return i > SSIZE_MAX || i < -SSIZE_MAX - 1n;
}

/** long_mul */
export function intMul(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    // Rounding is monotonic: if the exact product left the safe range, so does r.
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // no -0 for ints
    // ... and then the exact product is outside it too: a bigint with no normalising test
    // (wordcount's LCG `state * 1103515245`).
    return toBig(x) * toBig(y);
  }
  return normBig(toBig(x) * toBig(y));
}

export function intNeg(a: PyIntLike): PyInt {
  const x = asInt(a);
  if (typeof x === 'number') return x === 0 ? 0 : -x;
  return normBig(-x);
}

export function intPos(a: PyIntLike): PyInt {
  return asInt(a);
}

export function intAbs(a: PyIntLike): PyInt {
  const x = asInt(a);
  if (typeof x === 'number') return Math.abs(x);
  return x < 0n ? -x : x;
}

/** ~a == -(a+1) */
export function intInvert(a: PyIntLike): PyInt {
  const x = asInt(a);
  if (typeof x === 'number') return intSub(-x, 1);
  return normBig(~x);
}

// ---- division ----------------------------------------------------------------------------

/** Floor quotient and remainder (remainder has the divisor's sign), divisor nonzero. */
function floorDivmodNum(x: number, y: number): [number, number] {
  return [floorDivNum(x, y), floorModNum(x, y)];
}

/** Floor quotient of two safe integers, divisor nonzero. */
function floorDivNum(x: number, y: number): number {
  // x % y is exact for integers (fmod); x - r is an exact multiple of y within range.
  const r = x % y;
  let q = (x - r) / y;
  if (r !== 0 && (r < 0) !== (y < 0)) q -= 1;
  return q === 0 ? 0 : q;
}

/** Floor remainder of two safe integers (the divisor's sign), divisor nonzero. */
function floorModNum(x: number, y: number): number {
  let r = x % y;
  if (r !== 0 && (r < 0) !== (y < 0)) r += y;
  return r === 0 ? 0 : r; // no -0 for ints
}

/**
 * The shift that brought the last large divisor down to ~60 bits: consecutive divisions in a
 * loop (pidigits) have divisors of nearly the same size, so it is almost always right again.
 */
let quotientShiftHint = 0;

/**
 * floor(x / y) for positive bigints whose quotient is small (< 2**44), without V8's general
 * division: an estimate from the top ~60 bits of both, in doubles, then one multiply-subtract
 * to correct it to the exact value. V8 divides a 34,000-bit int by one of nearly the same size
 * in 18-50 us here (CPython 10 us); a multiplication by a small int and a subtraction take
 * 3-6 us. pidigits' `(...) // (t * x)` is such a division at every step. Undefined when it
 * does not apply (small divisor: V8's one-word division is fast; large quotient).
 */
function smallQuotient(x: bigint, y: bigint): bigint | undefined {
  let s = quotientShiftHint;
  let ys = 0;
  for (let tries = 0; ; tries++) {
    if (tries === 3) return undefined;
    ys = Number(s === 0 ? y : y >> BigInt(s));
    if (ys >= 2 ** 56 && ys < 2 ** 64) break;
    if (ys === Infinity) {
      // The hint is far too small: measure y (O(n), only when the sizes jump).
      s = Math.max(0, y.toString(16).length * 4 - 62);
    } else if (ys < 2 ** 56 && s === 0) {
      return undefined; // y itself is small
    } else {
      s = Math.max(0, s + (ys === 0 ? -s : Math.floor(Math.log2(ys)) - 60));
    }
  }
  quotientShiftHint = s;
  // x >> s is cheap when the quotient is small (its result has a few words); a large one
  // (over 2**100 / 2**56) is left to the general division.
  const xs = Number(x >> BigInt(s));
  if (!(xs < 2 ** 100)) return undefined;
  // xs and ys are within a relative 2**-52 of x / 2**s and y / 2**s, so the estimate is off
  // by at most one; the loops below make it exact whatever it is (bounded, else undefined).
  let q = BigInt(Math.floor(xs / ys));
  let r = x - q * y;
  for (let i = 0; r < 0n; i++) {
    if (i === 2) return undefined;
    q -= 1n;
    r += y;
  }
  for (let i = 0; r >= y; i++) {
    if (i === 2) return undefined;
    q += 1n;
    r -= y;
  }
  return q;
}

/**
 * Floor quotient of bigints. One division: JS truncates toward zero, which is already the
 * floor unless the signs differ and the division is inexact (pidigits' `//` on thousand-digit
 * ints spent half its time in a second division for the unused remainder).
 */
function floorDivBig(x: bigint, y: bigint): bigint {
  if (x > 0n && y > 0n) {
    const q = smallQuotient(x, y);
    if (q !== undefined) return q;
  }
  const q = x / y;
  if ((x < 0n) !== (y < 0n) && q * y !== x) return q - 1n;
  return q;
}

function floorModBig(x: bigint, y: bigint): bigint {
  const r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) return r + y;
  return r;
}

function floorDivmodBig(x: bigint, y: bigint): [bigint, bigint] {
  let q = x / y;
  // The remainder from the quotient: a multiplication is cheaper than a second division.
  let r = x - q * y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) {
    r += y;
    q -= 1n;
  }
  return [q, r];
}

/** long_div (a // b) */
export function intFloorDiv(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  // Safe operands give a safe quotient (only MIN_SAFE // -1 could escape; the range is symmetric).
  if (typeof x === 'number' && typeof y === 'number') return floorDivNum(x, y);
  return normBig(floorDivBig(toBig(x), toBig(y)));
}

/** long_mod (a % b) */
export function intMod(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  if (typeof x === 'number' && typeof y === 'number') return floorModNum(x, y);
  if (typeof x === 'bigint' && typeof y === 'number' && y > 0) {
    // A bigint modulo a positive safe int (wordcount's `... % 2147483648`): the remainder is
    // in [0, y), a number, so no normalising test; one sign test for the floor rule.
    const yb = toBig(y);
    const r = x % yb;
    return Number(r < 0n ? r + yb : r);
  }
  return normBig(floorModBig(toBig(x), toBig(y)));
}

/** long_divmod */
export function intDivmod(a: PyIntLike, b: PyIntLike): [PyInt, PyInt] {
  const x = asInt(a), y = asInt(b);
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof x === 'number' && typeof y === 'number') return floorDivmodNum(x, y);
  const [q, r] = floorDivmodBig(toBig(x), toBig(y));
  return [normBig(q), normBig(r)];
}

/** Number of bits of |b| (0 for 0). */
export function bitLength(a: PyIntLike): number {
  const x = asInt(a);
  if (typeof x === 'number') {
    const m = Math.abs(x);
    if (m < 2 ** 31) return 32 - Math.clz32(m);
    return m.toString(2).length;
  }
  return (x < 0n ? -x : x).toString(2).length;
}

/** ldexp that survives exponents beyond one Math.pow's range. */
function ldexp(m: number, e: number): number {
  while (e > 1000) { m *= 2 ** 1000; e -= 1000; if (!isFinite(m)) return m; }
  while (e < -1000) { m *= 2 ** -1000; e += 1000; if (m === 0) return m; }
  return m * 2 ** e;
}

/** long_true_divide: a / b correctly rounded to the nearest double (ties to even). */
export function intTrueDiv(a: PyIntLike, b: PyIntLike): PyFloat {
  const x = asInt(a), y = asInt(b);
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof x === 'number' && typeof y === 'number') return new PyFloat(x / y); // both exact doubles
  let n = toBig(x), d = toBig(y);
  const negative = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return new PyFloat(negative ? -0 : 0);
  // Exact when both fit in 53 bits: one correctly rounded JS division.
  if (n <= 2n ** 53n && d <= 2n ** 53n) {
    const q = Number(n) / Number(d);
    return new PyFloat(negative ? -q : q);
  }
  // Scale so the integer quotient has 55-56 bits, keep a sticky bit for the remainder,
  // and let Number(bigint) (round half to even) do the single rounding.
  const shift = 55 - (bitLength(n) - bitLength(d));
  let q: bigint, r: bigint;
  if (shift >= 0) { q = (n << BigInt(shift)) / d; r = (n << BigInt(shift)) % d; }
  else { q = n / (d << BigInt(-shift)); r = n % (d << BigInt(-shift)); }
  const qs = (q << 1n) | (r !== 0n ? 1n : 0n);
  const result = ldexp(Number(qs), -(shift + 1));
  if (!isFinite(result)) raise('OverflowError', 'integer division result too large for a float');
  return new PyFloat(negative ? -result : result);
}

// ---- powers ----------------------------------------------------------------------------

/** long_pow with two arguments: int for a nonnegative exponent, float for a negative one. */
export function intPow(a: PyIntLike, b: PyIntLike): PyInt | PyFloat {
  const x = asInt(a), y = asInt(b);
  if (y < 0) {
    if (x === 0 || x === 0n) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    // CPython converts both to float and uses float_pow (a negative int exponent is integral,
    // so the result is never complex).
    return new PyFloat(floatPow(intToFloat(x), intToFloat(y)) as number);
  }
  if (typeof x === 'number' && typeof y === 'number') {
    // Square-and-multiply on doubles while every partial product stays safe (so exact);
    // Math.pow is not guaranteed exact, hence no shortcut through it.
    let result = 1, sq = x, e = y, ok = true;
    while (e > 0) {
      if (e % 2 === 1) { result *= sq; if (!Number.isSafeInteger(result)) { ok = false; break; } }
      e = Math.floor(e / 2);
      if (e > 0) { sq *= sq; if (!Number.isSafeInteger(sq)) { ok = false; break; } }
    }
    if (ok) return result === 0 ? 0 : result;
  }
  const bx = toBig(x);
  if (bx === 0n || bx === 1n) return Number(bx);
  if (bx === -1n) return toBig(y) % 2n === 0n ? 1 : -1;
  if (typeof y === 'bigint' || y > 1e8) raise('OverflowError', 'too many digits in integer');
  try {
    return normBig(bx ** BigInt(y));
  } catch {
    return raise('OverflowError', 'too many digits in integer');
  }
}

/** Modular inverse of a modulo m (m > 0), or null when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

/** pow(a, b, m) for ints (long_pow with a modulus). */
export function intPowMod(a: PyIntLike, b: PyIntLike, m: PyIntLike): PyInt {
  let base = toBig(a), exp = toBig(b), mod = toBig(m);
  if (mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  if (exp < 0n) {
    const inv = modInverse(base, mod);
    if (inv === null) raise('ValueError', 'base is not invertible for the given modulus');
    base = inv;
    exp = -exp;
  }
  let result = 1n % mod;
  base = ((base % mod) + mod) % mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  // The result takes the modulus's sign (floor semantics).
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

// ---- shifts and bitwise operators -----------------------------------------------------

const INT32_MIN = -(2 ** 31), INT32_MAX = 2 ** 31 - 1;

export function intLshift(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (y < 0) raise('ValueError', 'negative shift count');
  if (x === 0 || x === 0n) return 0;
  if (typeof x === 'number' && typeof y === 'number' && y < 53) {
    const r = x * 2 ** y;
    if (Number.isSafeInteger(r)) return r;
  }
  // CPython's long_lshift: a shift whose count of 30-bit digits passes ssize_t is 'too many
  // digits in integer'; a smaller one it cannot allocate is MemoryError, which is what V8's
  // RangeError for a BigInt past its size limit becomes (exceptions.ts fromJsError).
  if (typeof y === 'bigint' && y >= 30n * 2n ** 63n) raise('OverflowError', 'too many digits in integer');
  return normBig(toBig(x) << BigInt(y));
}

export function intRshift(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (y < 0) raise('ValueError', 'negative shift count');
  if (typeof x === 'number') {
    // Int32 operands: the arithmetic shift floors, as Python's >> does.
    if (typeof y === 'number' && y < 32 && x >= INT32_MIN && x <= INT32_MAX) return x >> y;
    if (y >= 64) return x < 0 ? -1 : 0;
    const r = Math.floor(x / 2 ** Number(y)); // division by a power of two is exact
    return r === 0 ? 0 : r;
  }
  if (typeof y === 'bigint') return x < 0n ? -1 : 0;
  return normBig(x >> BigInt(y));
}

function isInt32(v: PyInt): v is number {
  return typeof v === 'number' && v >= INT32_MIN && v <= INT32_MAX;
}

/** a & b with two's complement semantics on unbounded ints (as CPython). */
export function intAnd(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (isInt32(x) && isInt32(y)) return x & y;
  return normBig(toBig(x) & toBig(y));
}

export function intOr(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (isInt32(x) && isInt32(y)) return x | y;
  return normBig(toBig(x) | toBig(y));
}

export function intXor(a: PyIntLike, b: PyIntLike): PyInt {
  const x = asInt(a), y = asInt(b);
  if (isInt32(x) && isInt32(y)) return x ^ y;
  return normBig(toBig(x) ^ toBig(y));
}

// ---- comparison --------------------------------------------------------------------------

/** Three-way comparison of two ints. */
export function intCompare(a: PyIntLike, b: PyIntLike): -1 | 0 | 1 {
  const x = asInt(a), y = asInt(b);
  // Mixed number/bigint compare exactly in JS; normalisation also makes them never equal.
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compares an int with a float exactly (float_richcompare): no precision is lost, so
 * 2**53 + 1 > 2.0**53. Returns null when f is NaN (unordered: every comparison is False
 * except !=).
 */
export function intFloatCompare(a: PyIntLike, f: number): -1 | 0 | 1 | null {
  if (f !== f) return null;
  const x = asInt(a);
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof x === 'number') return x < f ? -1 : x > f ? 1 : 0; // safe ints are exact doubles
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (x < bf) return -1;
  if (x > bf) return 1;
  return fl === f ? 0 : -1; // x == floor(f) < f
}

// ---- conversions ---------------------------------------------------------------------------

/** PyLong_AsDouble: correctly rounded; OverflowError past the largest double. */
export function intToFloat(a: PyIntLike): number {
  const x = asInt(a);
  if (typeof x === 'number') return x;
  const f = Number(x); // round half to even
  if (!isFinite(f)) raise('OverflowError', 'int too large to convert to float');
  return f;
}

/** int(float): truncation toward zero (PyLong_FromDouble). */
export function floatToInt(f: number): PyInt {
  if (f !== f) raise('ValueError', 'cannot convert float NaN to integer');
  if (!isFinite(f)) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(f);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

/** sys.get_int_max_str_digits(): CPython 3.11's limit on decimal conversions (0 = none). */
let maxStrDigits = 4300;
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) raise('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

/** 10 ** maxStrDigits, for the limit it was computed for (see intRepr). */
let digitBound: { digits: number; bound: bigint } | null = null;

/** repr(int) / str(int) in base 10, with CPython 3.11's digit limit. */
export function intRepr(a: PyIntLike): string {
  const x = asInt(a);
  if (typeof x === 'number') return String(x);
  // More than maxStrDigits digits exactly when |x| >= 10 ** maxStrDigits: refused before the
  // (quadratic) conversion, as CPython checks the size first (test_int's DoS test).
  if (maxStrDigits > 0) {
    if (digitBound === null || digitBound.digits !== maxStrDigits) digitBound = { digits: maxStrDigits, bound: 10n ** BigInt(maxStrDigits) };
    if ((x < 0n ? -x : x) >= digitBound.bound) {
      raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
  return x.toString();
}

/** Formats an int in base 2, 8 or 16 with an optional prefix (bin/oct/hex: '-0x1f'). */
export function intToBase(a: PyIntLike, base: 2 | 8 | 16, prefix: string): string {
  const x = asInt(a);
  const neg = x < 0;
  const mag = typeof x === 'number' ? Math.abs(x).toString(base) : (neg ? -x : x).toString(base);
  return (neg ? '-' : '') + prefix + mag;
}

/** Python's str.isspace set (used by int() and float() to strip their argument). */
export function isPyWhitespace(cp: number): boolean {
  return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 || cp === 0xa0 ||
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/**
 * Strips the whitespace int(), float() and complex() ignore around a literal: CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII keeps ASCII as it is and turns other Unicode
 * whitespace into ' ', then the parser skips Py_ISSPACE only, so the ASCII separators
 * U+001C-U+001F (str whitespace) are not stripped: int('\x1c12') is a ValueError.
 */
export function pyStripWhitespace(s: string): string {
  let i = 0, j = s.length;
  while (i < j && isNumberSpace(s.charCodeAt(i))) i++;
  while (j > i && isNumberSpace(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

function isNumberSpace(c: number): boolean {
  return isPyWhitespace(c) && (c < 0x1c || c > 0x1f);
}

const ND_RE = /\p{Nd}/u;
/** Maps Unicode decimal digits (Arabic-Indic, fullwidth ...) to ASCII, as CPython does before parsing. */
export function asciiDigits(s: string): string {
  // ASCII only (nearly always): the string itself, without rebuilding it one character at a time.
  let k = 0;
  while (k < s.length && s.charCodeAt(k) < 0x80) k++;
  if (k === s.length) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || !ND_RE.test(ch)) { out += ch; continue; }
    // Nd characters come in runs of ten starting at a zero; find this run's start.
    let start = cp;
    while (ND_RE.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * int(s, base) (PyLong_FromUnicodeObject / long_from_string_base): surrounding
 * whitespace, a sign, a 0x/0o/0b prefix (when it matches the base or base is 0), and
 * single underscores between digits (and after a prefix).
 */
export function intFromString(s: string, base: PyIntLike = 10): PyInt {
  // Short plain decimal literals ("123", "-45"): one pass over the characters.
  if (base === 10 && s.length > 0 && s.length <= 15) {
    let i = s.charCodeAt(0) === 45 ? 1 : 0;
    if (i < s.length) {
      let v = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        v = v * 10 + c;
      }
      if (i === s.length) return s.charCodeAt(0) === 45 ? (v === 0 ? 0 : -v) : v;
    }
  }
  const b = intBase(base);
  const v = parseIntLiteral(s, b);
  return v !== null ? v : raise('ValueError', invalidIntLiteral(strRepr(s), b));
}

/** int(b, base) of bytes (_PyLong_FromBytes): ASCII only, and only ASCII whitespace around. */
export function intFromBytes(bytes: Uint8Array, base: PyIntLike = 10): PyInt {
  const b = intBase(base);
  let s = '';
  let ok = true;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    // Past ASCII nothing is a digit; 0x1c-0x1f are str whitespace but not Py_ISSPACE.
    if (c >= 0x80 || (c >= 0x1c && c <= 0x1f)) ok = false;
    s += String.fromCharCode(c);
  }
  const v = ok ? parseIntLiteral(s, b) : null;
  // CPython shows the repr of the first 200 bytes (then cut to 200 characters).
  return v !== null ? v : raise('ValueError', invalidIntLiteral(bytesRepr(bytes.subarray(0, 200)), b));
}

function intBase(base: PyIntLike): number {
  const b = Number(asInt(base));
  if ((b !== 0 && b < 2) || b > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  return b;
}

/**
 * int()'s ValueError message, CPython's "%.200R": the literal's repr cut to 200 code points.
 * Built by a function that returns, not where the error is thrown: V8 gives a function
 * feedback, and so optimizes it, only once calls to it have returned (the interrupt budget
 * is spent on returns and loop back-edges), so code on a path that always ends in a throw
 * runs in the interpreter with feedback-less property loads (exceptions' `int("x" + str(i))`,
 * which always fails; the parse below is in a returning function for the same reason).
 */
function invalidIntLiteral(repr: string, b: number): string {
  let shown = repr;
  if (repr.length > 200) {
    let i = 0;
    for (let k = 0; k < 200 && i < repr.length; k++) {
      const c = repr.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < repr.length ? 2 : 1;
    }
    shown = repr.slice(0, i);
  }
  return `invalid literal for int() with base ${b}: ${shown}`;
}

/** The value of int literal `s` in base b (0 or 2..36), or null when `s` is not one (see invalidIntLiteral). */
function parseIntLiteral(s: string, b: number): PyInt | null {
  let t = asciiDigits(pyStripWhitespace(s));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; t = t.slice(1); }
  let radix = b;
  let afterPrefix = false;
  if (t.length >= 2 && t[0] === '0') {
    const p = t[1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      radix = pb;
      t = t.slice(2);
      afterPrefix = true;
    }
  }
  if (radix === 0) {
    radix = 10;
    // Base 0 decimal: no leading zeros unless the whole literal is zero ("0_0" is fine).
    if (t[0] === '0' && !/^0(_?0)*$/.test(t)) return null;
  }
  // Validate digits and underscores: "_" only between digits, or right after a prefix.
  if (t.length === 0) return null;
  // (Validated without building a string a character at a time: the refusal of a too-long
  // text must cost far less than converting it, CPython's test_int DoS test.)
  let prevUnderscore = !afterPrefix; // a leading underscore is allowed only after a prefix
  let underscores = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      underscores++;
      continue;
    }
    if (digitValue(c) >= radix) return null;
    prevUnderscore = false;
  }
  if (prevUnderscore || t.length === underscores) return null;
  const clean = underscores === 0 ? t : t.replace(/_/g, '');
  // The limit applies to every base that is not a power of two (CPython's
  // long_from_non_binary_base): int('2' * 4301, 3) is refused as int('2' * 4301) is.
  if ((radix & (radix - 1)) !== 0 && maxStrDigits > 0 && clean.length > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${clean.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: PyInt;
  if (clean.length <= 10 || (radix === 16 && clean.length <= 12)) {
    v = parseInt(clean, radix);
  } else if (radix === 10) {
    v = normBig(BigInt(clean));
  } else if (radix === 16 || radix === 8 || radix === 2) {
    v = normBig(BigInt((radix === 16 ? '0x' : radix === 8 ? '0o' : '0b') + clean));
  } else {
    let acc = 0n;
    const br = BigInt(radix);
    for (let i = 0; i < clean.length; i++) acc = acc * br + BigInt(digitValue(clean.charCodeAt(i)));
    v = normBig(acc);
  }
  return neg ? intNeg(v) : v;
}

// ---- hashing -------------------------------------------------------------------------------

/** CPython's _PyHASH_MODULUS, 2**61 - 1: numeric hashes are residues modulo it. */
export const HASH_MODULUS = (1n << 61n) - 1n;

/** hash(int): sign * (|x| mod 2**61-1), with -1 mapped to -2. */
export function hashInt(a: PyIntLike): PyInt {
  const x = asInt(a);
  if (typeof x === 'number') return x === -1 ? -2 : x; // |x| < 2**53 < modulus
  const m = (x < 0n ? -x : x) % HASH_MODULUS;
  const h = x < 0n ? -m : m;
  return h === -1n ? -2 : normBig(h);
}

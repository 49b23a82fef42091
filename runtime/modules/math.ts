// The math module (Modules/mathmodule.c): the common functions with CPython 3.11's
// results and errors ("math domain error" ValueError, "math range error" OverflowError).
//
// exp/log/pow use runtime/dd_math.ts (correctly rounded, like glibc) rather than V8's
// Math.exp/log/pow; fsum is Shewchuk's exact summation as CPython's; hypot and dist sum
// squares in double-double so that they round like CPython's vector_norm.

import { PyObject, PyFloat, PyTuple, None } from '../object';
import { typeOf, floatType } from '../types';
import { forEach, binaryOp, isTrue, index as opIndex } from '../ops';
import { callObject } from '../call';
import { lookupSpecial } from '../attr';
import { raise } from '../lib_errors';
import { asDouble, parseArgs } from '../lib_args';
import * as I from '../int_ops';
import * as F from '../float_ops';
import * as dd from '../dd_math';
import { defineModule } from './module_util';

const domain = (): never => raise('ValueError', 'math domain error');
const range = (): never => raise('OverflowError', 'math range error');

function flt(x: number): PyFloat {
  return new PyFloat(x);
}

/** An exact int argument (for factorial, gcd, isqrt, comb ...). */
function intArg(v: PyObject): I.PyInt {
  if (I.isPyInt(v)) return I.asInt(v);
  if (typeOf(v).slots.nb_index === undefined) raise('TypeError', `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return opIndex(v);
}

/** math_1: f(x) with CPython's error rules (domain error for a NaN from a non-NaN, range error for an overflow). */
/** C exp2(x). */
function exp2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  return dd.powPositive(2, x);
}

function math1(x: number, f: (x: number) => number, canOverflow: boolean): PyFloat {
  const r = f(x);
  if (r !== r && x === x) domain();
  if (!isFinite(r) && isFinite(x)) {
    if (canOverflow) range();
    else domain();
  }
  return flt(r);
}

/** log of any positive int or float, exact for huge ints (loghelper). */
function logOf(v: PyObject, f: (x: number) => number): number {
  if (typeof v === 'bigint') {
    if (v <= 0n) domain();
    // log(m * 2**e) = log(m) + e*log(2), with m from the top 53 bits.
    const bits = I.bitLength(v);
    const shift = bits - 60;
    const m = Number(v >> BigInt(shift));
    return f(m) + shift * f(2);
  }
  const x = asDouble(v);
  if (x !== x) return x;
  if (x <= 0) domain();
  if (x === Infinity) return x;
  return f(x);
}

/** Shewchuk / CPython's math_fsum: exactly rounded sum of floats. */
function fsum(items: number[]): number {
  const partials: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const xIn of items) {
    let x = xIn;
    if (!isFinite(x)) {
      if (x !== x) specialSum += x;
      else infSum += x;
      specialSum += x;
      continue;
    }
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0.0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  if (!isFinite(hi)) raise('OverflowError', 'intermediate overflow in fsum');
  return hi;
}

/** sqrt of a sum of squares, the squares summed exactly in double-double. */
function vectorNorm(xs: number[]): number {
  let hasNan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) return Infinity;
    if (x !== x) hasNan = true;
  }
  if (hasNan) return NaN;
  let max = 0;
  for (const x of xs) max = Math.max(max, Math.abs(x));
  if (max === 0 || xs.length <= 1) return max;
  // Scale by a power of two so squares neither overflow nor underflow (exact).
  const e = Math.floor(Math.log2(max));
  const scale = 2 ** -e;
  let hi = 0, lo = 0;
  for (const x0 of xs) {
    const x = x0 * scale;
    const p = x * x;
    // exact square via Dekker split
    const c = 134217729 * x;
    const xh = c - (c - x), xl = x - xh;
    const perr = ((xh * xh - p) + 2 * xh * xl) + xl * xl;
    const s = hi + p;
    const bb = s - hi;
    const serr = (hi - (s - bb)) + (p - bb);
    hi = s;
    lo += serr + perr;
  }
  const t = hi + lo;
  lo = lo - (t - hi);
  hi = t;
  let r = Math.sqrt(hi);
  // One Newton correction in double-double: r += (hi + lo - r*r) / (2r).
  const c = 134217729 * r;
  const rh = c - (c - r), rl = r - rh;
  const rr = r * r;
  const rrErr = ((rh * rh - rr) + 2 * rh * rl) + rl * rl;
  const diff = (hi - rr) - rrErr + lo;
  r = r + diff / (2 * r);
  return r / scale;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  if (n < 1n << 52n) {
    // Exact in doubles: the float root is right or one off.
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r -= 1n;
    while ((r + 1n) * (r + 1n) <= n) r += 1n;
    return r;
  }
  // Newton's method from above (2**ceil(bits/2) >= sqrt(n)): the iterates decrease to
  // floor(sqrt(n)), and the first that does not decrease is it. (A float estimate from below
  // stopped at once, then stepped by 1 towards the root: a hang for 10**300, and no estimate
  // at all past the float range.)
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function factorial(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

function roundingFn(name: '__floor__' | '__ceil__' | '__trunc__', f: (x: number) => number) {
  return (args: PyObject[]): PyObject => {
    const v = args[0];
    if (I.isPyInt(v)) return I.asInt(v);
    // An exact float directly, as CPython's PyFloat_CheckExact test (float defines __floor__,
    // so the special-method call below was taken for every float: 10x CPython's time;
    // raytrace floors two floats per checkerboard hit). A subclass may override it.
    if (v instanceof PyFloat && (v.ob_type === floatType || typeOf(v).lookup(name) === undefined)) return I.floatToInt(f(v.value));
    const m = lookupSpecial(v, name);
    if (m !== undefined) return callObject(m, [], null);
    if (name === '__trunc__') raise('TypeError', `type ${typeOf(v).tpName} doesn't define __trunc__ method`);
    return I.floatToInt(f(asDouble(v)));
  };
}

defineModule('math', (m) => {
  m.set('pi', flt(Math.PI));
  m.set('e', flt(Math.E));
  m.set('tau', flt(2 * Math.PI));
  m.set('inf', flt(Infinity));
  m.set('nan', flt(NaN));
  const one = { minArgs: 1, maxArgs: 1 };
  const two = { minArgs: 2, maxArgs: 2 };
  const f1 = (name: string, f: (x: number) => number, canOverflow = false): void =>
    m.fn(name, (args) => math1(asDouble(args[0]), f, canOverflow), one);

  m.fn('floor', roundingFn('__floor__', Math.floor), one);
  m.fn('ceil', roundingFn('__ceil__', Math.ceil), one);
  m.fn('trunc', roundingFn('__trunc__', Math.trunc), one);
  m.fn('sqrt', (args) => {
    const x = asDouble(args[0]);
    if (x < 0) domain();
    return flt(Math.sqrt(x));
  }, one);
  m.fn('isqrt', (args) => I.normBig(isqrt(I.toBig(intArg(args[0])))), one);
  m.fn('exp', (args) => math1(asDouble(args[0]), dd.exp, true), one);
  m.fn('expm1', (args) => math1(asDouble(args[0]), Math.expm1, true), one);
  // exp2 (3.11): glibc's is correctly rounded, as pow(2, x) here is.
  m.fn('exp2', (args) => math1(asDouble(args[0]), exp2, true), one);
  // cbrt (3.11): glibc's cbrt is not correctly rounded (it is 1 ulp off in about half of all
  // arguments, cbrt(-27.0) is -3.0000000000000004) and V8's Math.cbrt is off elsewhere, so
  // results can differ from CPython's in the last bit (docs/architecture.md).
  m.fn('cbrt', (args) => math1(asDouble(args[0]), Math.cbrt, false), one);
  m.fn('log', (args, kwargs) => {
    // CPython's own messages for log (not the METH_O family's `math.log()`).
    if (kwargs !== null && kwargs.size > 0) raise('TypeError', 'log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) raise('TypeError', 'math.log requires 1 to 2 arguments');
    const num = logOf(args[0], dd.log);
    if (args.length === 1) return flt(num);
    const den = logOf(args[1], dd.log);
    if (den === 0) raise('ZeroDivisionError', 'float division by zero');
    return flt(num / den);
  });
  m.fn('log2', (args) => flt(logOf(args[0], Math.log2)), one);
  m.fn('log10', (args) => flt(logOf(args[0], Math.log10)), one);
  m.fn('log1p', (args) => {
    const x = asDouble(args[0]);
    if (x <= -1) domain();
    return flt(Math.log1p(x));
  }, one);
  m.fn('pow', (args) => {
    const x = asDouble(args[0]), y = asDouble(args[1]);
    if (x === 0 && y < 0 && isFinite(y)) domain();
    if (x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) domain();
    let r: number;
    if (x !== x || y !== y) r = y === 0 ? 1 : x === 1 ? 1 : NaN;
    else {
      const p = x === 0 ? (y === 0 ? 1 : 0) : null;
      if (p !== null && y > 0) {
        r = Number.isInteger(y) && Math.abs(y % 2) === 1 ? x : 0;
      } else if (p !== null) r = 1;
      else {
        const fr = F.floatPow(x, y);
        r = typeof fr === 'number' ? fr : domain();
      }
    }
    return flt(r);
  }, two);
  m.fn('fabs', (args) => flt(Math.abs(asDouble(args[0]))), one);
  m.fn('fmod', (args) => {
    const x = asDouble(args[0]), y = asDouble(args[1]);
    if (!isFinite(y) && isFinite(x)) return flt(x);
    if (y === 0 || !isFinite(x)) {
      if (x !== x || y !== y) return flt(NaN);
      domain();
    }
    return flt(x % y);
  }, two);
  m.fn('remainder', (args) => {
    const x = asDouble(args[0]), y = asDouble(args[1]);
    if (x !== x || y !== y) return flt(NaN);
    if (!isFinite(x) || y === 0) domain();
    if (!isFinite(y)) return flt(x);
    const absx = Math.abs(x), absy = Math.abs(y);
    const mm = absx % absy;
    const c = absy - mm;
    let r: number;
    if (mm < c) r = mm;
    else if (mm > c) r = -c;
    else r = mm - 2.0 * ((0.5 * (absx - mm)) % absy);
    return flt(x < 0 ? -r : r);
  }, two);
  m.fn('copysign', (args) => {
    const x = asDouble(args[0]), y = asDouble(args[1]);
    // The sign bit, not y < 0: -0.0 and a negative NaN count as negative (as C's copysign).
    return flt(F.signBit(y) ? -Math.abs(x) : Math.abs(x));
  }, two);
  f1('sin', Math.sin);
  f1('cos', Math.cos);
  f1('tan', Math.tan);
  f1('asin', Math.asin);
  f1('acos', Math.acos);
  f1('atan', Math.atan);
  f1('sinh', Math.sinh, true);
  f1('cosh', Math.cosh, true);
  f1('tanh', Math.tanh);
  f1('asinh', Math.asinh);
  f1('acosh', Math.acosh);
  m.fn('atanh', (args) => {
    const x = asDouble(args[0]);
    if (Math.abs(x) >= 1) domain();
    return flt(Math.atanh(x));
  }, one);
  m.fn('atan2', (args) => flt(Math.atan2(asDouble(args[0]), asDouble(args[1]))), two);
  m.fn('degrees', (args) => flt(asDouble(args[0]) * (180.0 / Math.PI)), one);
  m.fn('radians', (args) => flt(asDouble(args[0]) * (Math.PI / 180.0)), one);
  m.fn('isfinite', (args) => isFinite(asDouble(args[0])), one);
  m.fn('isinf', (args) => {
    const x = asDouble(args[0]);
    return x === Infinity || x === -Infinity;
  }, one);
  m.fn('isnan', (args) => {
    const x = asDouble(args[0]);
    return x !== x;
  }, one);
  m.fn('isclose', (args, kwargs) => {
    const [av, bv, relv, absv] = parseArgs({ fname: 'isclose', names: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, kwOnlyFrom: 2 }, args, kwargs);
    const a = asDouble(av!), b = asDouble(bv!);
    const rel = relv === undefined ? 1e-9 : asDouble(relv), abs = absv === undefined ? 0 : asDouble(absv);
    if (rel < 0 || abs < 0) raise('ValueError', 'tolerances must be non-negative');
    if (a === b) return true;
    if (!isFinite(a) || !isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
  });
  m.fn('hypot', (args) => flt(vectorNorm(args.map(asDouble))), { noKwargs: true });
  m.fn('dist', (args) => {
    const p = args[0], q = args[1];
    if (!(p instanceof PyTuple) && !(Array.isArray((p as { items?: unknown }).items))) raise('TypeError', 'dist() argument 1 must be tuple');
    const ps = (p as PyTuple).items, qs = (q as PyTuple).items;
    if (ps.length !== qs.length) raise('ValueError', 'both points must have the same number of dimensions');
    return flt(vectorNorm(ps.map((x, i) => asDouble(x) - asDouble(qs[i]))));
  }, two);
  m.fn('fsum', (args) => {
    const xs: number[] = [];
    forEach(args[0], (x) => { xs.push(asDouble(x)); });
    return flt(fsum(xs));
  }, one);
  m.fn('prod', (args, kwargs) => {
    const [it, start] = parseArgs({ fname: 'prod', names: ['iterable', 'start'], required: 1, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
    let acc: PyObject = start === undefined ? 1 : start;
    forEach(it!, (x) => { acc = binaryOp(5, acc, x); });
    return acc;
  });
  m.fn('factorial', (args) => {
    const v = args[0];
    if (v instanceof PyFloat) raise('TypeError', "'float' object cannot be interpreted as an integer");
    const n = I.toBig(intArg(v));
    if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
    return I.normBig(factorial(n));
  }, one);
  m.fn('gcd', (args) => {
    let g = 0n;
    for (const a of args) g = gcd(g, I.toBig(intArg(a)));
    return I.normBig(g);
  }, { noKwargs: true });
  m.fn('lcm', (args) => {
    let l = 1n;
    if (args.length === 0) return 1;
    for (const a of args) {
      const x = I.toBig(intArg(a));
      if (x === 0n) return 0;
      l = (l / gcd(l, x)) * (x < 0n ? -x : x);
    }
    return I.normBig(l);
  }, { noKwargs: true });
  m.fn('comb', (args) => {
    const n = I.toBig(intArg(args[0])), k = I.toBig(intArg(args[1]));
    if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
    if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
    if (k > n) return 0;
    const kk = k > n - k ? n - k : k;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return I.normBig(r);
  }, two);
  m.fn('perm', (args) => {
    const n = I.toBig(intArg(args[0]));
    const k = args.length < 2 || args[1] === None ? n : I.toBig(intArg(args[1]));
    if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
    if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return I.normBig(r);
  }, { minArgs: 1, maxArgs: 2 });
  m.fn('modf', (args) => {
    const x = asDouble(args[0]);
    if (!isFinite(x)) {
      if (x !== x) return new PyTuple([flt(x), flt(x)]);
      return new PyTuple([flt(x > 0 ? 0.0 : -0.0), flt(x)]);
    }
    const ip = Math.trunc(x);
    const fp = x - ip;
    return new PyTuple([flt(fp === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : fp), flt(ip)]);
  }, one);
  m.fn('frexp', (args) => {
    const x = asDouble(args[0]);
    if (x === 0 || !isFinite(x)) return new PyTuple([flt(x), 0]);
    const { m: mant, e } = F.frexpInt(x);
    const ex = e + mant.toString(2).length;
    // x * 2**-ex in two exact steps (2**-ex alone may underflow for subnormal x).
    const half = Math.trunc(ex / 2);
    return new PyTuple([flt(x * 2 ** -half * 2 ** -(ex - half)), ex]);
  }, one);
  m.fn('ldexp', (args) => {
    const x = asDouble(args[0]);
    const e = Number(intArg(args[1]));
    if (x === 0 || !isFinite(x)) return flt(x);
    let r = x;
    let k = e;
    while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
    while (k < -1000) { r *= 2 ** -1000; k += 1000; }
    r *= 2 ** k;
    if (!isFinite(r)) range();
    return flt(r);
  }, two);
  m.fn('ulp', (args) => {
    const x = Math.abs(asDouble(args[0]));
    if (x !== x) return flt(x);
    if (x === Infinity) return flt(x);
    if (x === Number.MAX_VALUE) return flt(2 ** 971);
    const next = nextUp(x);
    return flt(next - x);
  }, one);
  m.fn('nextafter', (args) => {
    const x = asDouble(args[0]), y = asDouble(args[1]);
    if (x !== x || y !== y) return flt(NaN);
    if (x === y) return flt(y);
    return flt(y > x ? nextUp(x) : -nextUp(-x));
  }, two);
  m.fn('gamma', (args) => {
    const x = asDouble(args[0]);
    if (x !== x) return flt(x);
    if ((x <= 0 && Number.isInteger(x)) || x === -Infinity) domain();
    if (x === Infinity) return flt(x);
    const r = gammaFn(x);
    if (!isFinite(r)) range();
    return flt(r);
  }, one);
  m.fn('lgamma', (args) => {
    const x = asDouble(args[0]);
    if (x !== x) return flt(x);
    if (!isFinite(x)) return flt(Infinity);
    if (x <= 0 && Number.isInteger(x)) domain();
    return flt(lgammaFn(x));
  }, one);
  m.fn('erf', (args) => flt(erf(asDouble(args[0]))), one);
  m.fn('erfc', (args) => flt(1 - erf(asDouble(args[0]))), one);
  void isTrue;
});

function nextUp(x: number): number {
  if (x === 0) return 5e-324;
  const buf = new Float64Array([x]);
  const u = new BigInt64Array(buf.buffer);
  u[0] += x > 0 ? 1n : -1n;
  return buf[0];
}

// Lanczos approximation (g = 6.024680040776729583740234375, as CPython's m_tgamma).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

function gammaFn(x: number): number {
  if (Number.isInteger(x) && x > 0 && x <= 23) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / Math.sin(Math.PI * x);
    return Infinity;
  }
  const y = absx + LANCZOS_G - 0.5;
  let q: number, z: number, r: number;
  if (absx > LANCZOS_G - 0.5) {
    q = y - absx;
    z = q - (LANCZOS_G - 0.5);
  } else {
    q = y - (LANCZOS_G - 0.5);
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  if (x < 0.0) {
    r = -Math.PI / (Math.sin(Math.PI * absx) * absx * lanczosSum(absx));
    r -= z * r;
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

function lgammaFn(x: number): number {
  if (Number.isInteger(x) && (x === 1 || x === 2)) return 0.0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = Math.log(Math.PI) - Math.log(Math.abs(Math.sin(Math.PI * absx))) - Math.log(absx) - r;
  return r;
}

/** erf: CPython's series below 1.5; above, an approximation of erfc (about 1e-7 relative error). */
function erf(x: number): number {
  if (x !== x) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) {
    // series: 2x/sqrt(pi) * exp(-x^2) * sum(2^k x^(2k) / (1*3*...*(2k+1)))
    const x2 = x * x;
    let acc = 0.0;
    let fk = 25 + 0.5;
    for (let i = 0; i < 25; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * Math.exp(-x2) / 1.7724538509055160272981674833;
  }
  if (absx >= 30.0) return x > 0 ? 1.0 : -1.0;
  const x2 = absx * absx;
  // Fallback: complementary error function by Numerical Recipes' erfcx approximation.
  const t = 1.0 / (1.0 + 0.5 * absx);
  const y = t * Math.exp(-x2 - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x > 0 ? 1.0 - y : y - 1.0;
}

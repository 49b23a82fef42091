// Correctly rounded (in practice) pow, exp and log for Python floats, in double-double
// arithmetic.
//
// Why: CPython calls the C library's pow/exp/log, and glibc's are correctly rounded in
// all but astronomically rare cases. V8's Math.pow is not (7 ** -2 gives
// 0.020408163265306124, CPython 0.02040816326530612), so programs printing float powers
// would differ from CPython in the last digit. Here each function computes its result to
// about 2**-100 relative precision with pairs of doubles (hi + lo, |lo| <= ulp(hi)/2) and
// rounds once at the end, which reproduces the correctly rounded result except in
// pathological near-tie cases.

/** A double-double: the unevaluated sum hi + lo. */
interface DD {
  hi: number;
  lo: number;
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: (a - (s - bb)) + (b - bb) };
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

const SPLITTER = 134217729; // 2**27 + 1 (Dekker)

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return { hi: p, lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

function ddAdd(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

function ddMul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = ddAdd(a, ddNeg(ddMul(b, { hi: q1, lo: 0 })));
  const q2 = r.hi / b.hi;
  r = ddAdd(r, ddNeg(ddMul(b, { hi: q2, lo: 0 })));
  const q3 = r.hi / b.hi;
  const q = quickTwoSum(q1, q2);
  return ddAdd(q, { hi: q3, lo: 0 });
}

function ddNeg(a: DD): DD {
  return { hi: -a.hi, lo: -a.lo };
}

const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };
const ONE: DD = { hi: 1, lo: 0 };

/** 1/(2k+1) for the atanh series, and 1/n! for the exp series, as double-doubles. */
const ODD_RECIP: DD[] = [];
for (let k = 0; k <= 24; k++) ODD_RECIP.push(ddDiv(ONE, { hi: 2 * k + 1, lo: 0 }));
const FACT_RECIP: DD[] = [ONE];
for (let n = 1; n <= 16; n++) FACT_RECIP.push(ddDiv(FACT_RECIP[n - 1], { hi: n, lo: 0 }));

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** ln(x) as a double-double, x > 0 finite. */
function logDD(x: number): DD {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2)).
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e -= 54; } // subnormal: normalise first
  f64[0] = x;
  e += ((u32[1] >>> 20) & 0x7ff) - 1023;
  u32[1] = (u32[1] & 0x800fffff) | (1023 << 20);
  let m = f64[0]; // in [1, 2)
  if (m > Math.SQRT2) { m /= 2; e += 1; }
  // ln m = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact (Sterbenz).
  const s = ddDiv({ hi: m - 1, lo: 0 }, twoSum(m, 1));
  const s2 = ddMul(s, s);
  let acc = ODD_RECIP[24];
  for (let k = 23; k >= 0; k--) acc = ddAdd(ddMul(acc, s2), ODD_RECIP[k]);
  const lnm = ddMul(ddMul(s, acc), { hi: 2, lo: 0 });
  return ddAdd(ddMul(LN2, { hi: e, lo: 0 }), lnm);
}

/** exp(t) rounded to a double, t a double-double with |t| < 800 (else over/underflow). */
function expDDToDouble(t: DD): number {
  const k = Math.round(t.hi / LN2.hi);
  let r = ddAdd(t, ddNeg(ddMul(LN2, { hi: k, lo: 0 })));
  r = { hi: r.hi / 256, lo: r.lo / 256 }; // exact scaling; |r| < 0.0014
  let acc = FACT_RECIP[16];
  for (let n = 15; n >= 0; n--) acc = ddAdd(ddMul(acc, r), FACT_RECIP[n]);
  for (let i = 0; i < 8; i++) acc = ddMul(acc, acc);
  // Round once to a double, then scale by 2**k (exact unless the result is subnormal).
  const v = acc.hi + acc.lo;
  if (k > 1000) return v * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) {
    // Subnormal range: scale the double-double first so that only one rounding happens.
    const scale = 2 ** (k + 1000);
    const hi = acc.hi * scale, lo = acc.lo * scale;
    return (hi + lo) * 2 ** -1000;
  }
  return v * 2 ** k;
}

/** 2**e as a double, for any e (two steps so that neither factor overflows). */
function pow2(e: number): number {
  const h = Math.trunc(e / 2);
  return 2 ** h * 2 ** (e - h);
}

/** x = m * 2**e with m an integer (x > 0 finite). */
function frexpBig(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { m |= 1n << 52n; e = bexp - 1075; }
  return { m, e };
}

/** A positive bigint ratio n/d correctly rounded to a double, times 2**scale. */
function ratioToDouble(n: bigint, d: bigint, scale: number): number {
  const nb = n.toString(2).length, db = d.toString(2).length;
  const shift = 55 - (nb - db);
  let q: bigint, r: bigint;
  if (shift >= 0) { const nn = n << BigInt(shift); q = nn / d; r = nn % d; } else { const dd2 = d << BigInt(-shift); q = n / dd2; r = n % dd2; }
  const qs = (q << 1n) | (r !== 0n ? 1n : 0n);
  // qs has 56-58 bits: Number() rounds it once (ties to even); the power of two is exact
  // unless the result is subnormal.
  return Number(qs) * pow2(scale - shift - 1);
}

/**
 * x**n exactly rounded for an integral |n| <= 64, from the exact rational m**n * 2**(e*n):
 * ties (10.0**23) round to even as the correctly rounded C pow does.
 */
function powIntExact(x: number, n: number): number {
  const { m, e } = frexpBig(x);
  if (n > 0) return ratioToDouble(m ** BigInt(n), 1n, e * n);
  return ratioToDouble(1n, m ** BigInt(-n), e * n);
}

/** C pow(x, y) for x > 0 finite, y finite and nonzero, as glibc rounds it. */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x; // a single correctly rounded operation
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x); // sqrt is correctly rounded, so is pow(x, 0.5)
  if (x === 1) return 1;
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const r = powIntExact(x, y);
    if (r !== 0 && isFinite(r) && Math.abs(r) >= 2.2250738585072014e-308) return r;
  }
  const l = logDD(x);
  const t = ddMul(l, { hi: y, lo: 0 });
  if (!isFinite(t.hi) || t.hi > 710) return Infinity;
  if (t.hi < -746) return 0;
  return expDDToDouble(t);
}

/** pow for any finite x != 0 and integral y when x < 0 (sign from y's parity). */
export function powFinite(x: number, y: number): number {
  if (x > 0) return powPositive(x, y);
  const r = powPositive(-x, y);
  return Math.abs(y % 2) === 1 ? -r : r;
}

/** C exp(x), correctly rounded in practice. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return expDDToDouble({ hi: x, lo: 0 });
}

/** C log(x) for x > 0 finite, correctly rounded in practice. */
export function log(x: number): number {
  if (x === 1) return 0;
  const l = logDD(x);
  return l.hi + l.lo;
}

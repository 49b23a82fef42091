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

/** ln(x) as a double-double, x > 0 finite (series only; builds the tables below). */
function logDDSlow(x: number): DD {
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

/** exp(t) as a double-double before scaling: [acc, k] with exp(t) = acc * 2**k (series only). */
function expDDSlowParts(t: DD): [DD, number] {
  const k = Math.round(t.hi / LN2.hi);
  let r = ddAdd(t, ddNeg(ddMul(LN2, { hi: k, lo: 0 })));
  r = { hi: r.hi / 256, lo: r.lo / 256 }; // exact scaling; |r| < 0.0014
  let acc = FACT_RECIP[16];
  for (let n = 15; n >= 0; n--) acc = ddAdd(ddMul(acc, r), FACT_RECIP[n]);
  for (let i = 0; i < 8; i++) acc = ddMul(acc, acc);
  return [acc, k];
}

// ---- table-driven versions (about 4x faster; the tables come from the series above) ----

/** LOG_TABLE[k] = ln(1 + k/128) as a double-double, k = 0..128. */
const LOG_TABLE: DD[] = [];
/** EXP_TABLE[j] = 2**(j/64) as a double-double, j = 0..63. */
const EXP_TABLE: DD[] = [];
const LN2_64: DD = { hi: LN2.hi / 64, lo: LN2.lo / 64 };
/**
 * Fills both tables, on first use (logDD/expDDToDouble call it first thing): building them
 * costs ~10 ms of CPU, which every `pyvm run` paid at start-up when it was done at import.
 */
function buildTables(): void {
  for (let k = 0; k <= 128; k++) LOG_TABLE.push(logDDSlow(1 + k / 128));
  for (let j = 0; j < 64; j++) {
    const [acc, k] = expDDSlowParts(ddMul(LN2_64, { hi: j, lo: 0 }));
    EXP_TABLE.push({ hi: acc.hi * 2 ** k, lo: acc.lo * 2 ** k });
  }
}

// Allocation-free double-double kernels for the hot paths: results in (R[0], R[1]), a
// Float64Array (doubles stored unboxed; two module-level `let` variables held them as
// HeapNumbers, a new one per store: GC was ~10% of a pow).
const R = new Float64Array(2);

function mulS(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah), ahl = ah - ahh;
  t = SPLITTER * bh;
  const bhh = t - (t - bh), bhl = bh - bhh;
  const err = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl;
  const lo = err + (ah * bl + al * bh);
  R[0] = p + lo;
  R[1] = lo - (R[0] - p);
}

function addS(ah: number, al: number, bh: number, bl: number): void {
  let sh = ah + bh;
  let bb = sh - ah;
  const se = (ah - (sh - bb)) + (bh - bb);
  const th = al + bl;
  bb = th - al;
  const te = (al - (th - bb)) + (bl - bb);
  let lo = se + th;
  let h = sh + lo;
  lo = lo - (h - sh);
  sh = h;
  lo += te;
  h = sh + lo;
  R[1] = lo - (h - sh);
  R[0] = h;
}

/** ln(x) as a double-double, x > 0 finite: e*ln2 + ln(c) + 2 atanh((m-c)/(m+c)), c = 1 + k/128. */
function logDD(x: number): DD {
  if (LOG_TABLE.length === 0) buildTables();
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e -= 54; }
  f64[0] = x;
  e += ((u32[1] >>> 20) & 0x7ff) - 1023;
  u32[1] = (u32[1] & 0x800fffff) | (1023 << 20);
  const m = f64[0]; // in [1, 2)
  const k = Math.round((m - 1) * 128);
  const c = 1 + k / 128;
  // s = (m - c) / (m + c) in double-double; m - c is exact (Sterbenz); |s| <= 1/512.
  const num = m - c;
  const dh = m + c;
  const dl = (m - (dh - (dh - m))) + (c - (dh - m));
  const q1 = num / dh;
  mulS(q1, 0, dh, dl);
  addS(num, 0, -R[0], -R[1]);
  const q2 = R[0] / dh;
  const sh = q1 + q2, sl = q2 - (sh - q1);
  mulS(sh, sl, sh, sl);
  const s2h = R[0], s2l = R[1];
  // seven odd terms of 2 atanh(s) = 2 s (1 + s^2/3 + s^4/5 + ...) reach 2**-106
  let ah = ODD_RECIP[7].hi, al = ODD_RECIP[7].lo;
  for (let i = 6; i >= 0; i--) {
    mulS(ah, al, s2h, s2l);
    addS(R[0], R[1], ODD_RECIP[i].hi, ODD_RECIP[i].lo);
    ah = R[0]; al = R[1];
  }
  mulS(ah, al, sh, sl);
  const th = R[0] * 2, tl = R[1] * 2;
  mulS(LN2.hi, LN2.lo, e, 0);
  addS(R[0], R[1], LOG_TABLE[k].hi, LOG_TABLE[k].lo);
  addS(R[0], R[1], th, tl);
  return { hi: R[0], lo: R[1] };
}

/** exp(t) rounded to a double, t a double-double with |t| < 800 (else over/underflow). */
function expDDToDouble(t: DD): number {
  if (EXP_TABLE.length === 0) buildTables();
  const n = Math.round(t.hi / LN2_64.hi);
  mulS(LN2_64.hi, LN2_64.lo, n, 0);
  addS(t.hi, t.lo, -R[0], -R[1]);
  const rh = R[0], rl = R[1];
  // |r| <= ln2/128: twelve Taylor terms reach 2**-106.
  let ah = FACT_RECIP[12].hi, al = FACT_RECIP[12].lo;
  for (let i = 11; i >= 0; i--) {
    mulS(ah, al, rh, rl);
    addS(R[0], R[1], FACT_RECIP[i].hi, FACT_RECIP[i].lo);
    ah = R[0]; al = R[1];
  }
  const j = ((n % 64) + 64) % 64;
  const k = (n - j) / 64;
  mulS(ah, al, EXP_TABLE[j].hi, EXP_TABLE[j].lo);
  const v = R[0] + R[1];
  if (k > 1000) return v * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) {
    const scale = 2 ** (k + 1000);
    return (R[0] * scale + R[1] * scale) * 2 ** -1000;
  }
  return v * 2 ** k;
}

/** The series-only versions, kept for the self-check test. */
export function logSlow(x: number): number {
  const l = logDDSlow(x);
  return l.hi + l.lo;
}
export function expSlow(x: number): number {
  const [acc, k] = expDDSlowParts({ hi: x, lo: 0 });
  return (acc.hi + acc.lo) * 2 ** k;
}
export function powSlow(x: number, y: number): number {
  const t = ddMul(logDDSlow(x), { hi: y, lo: 0 });
  const [acc, k] = expDDSlowParts(t);
  return (acc.hi + acc.lo) * pow2(k);
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

// ---- the fast path: fewer double-double steps, then Ziv's rounding test ----
//
// pow and exp first evaluate the result with a cheaper kernel: the same reductions and tables
// as logDD/expDDToDouble, but only the leading terms in double-double and the small series
// tails (|terms| < 1e-8 for log, < 2e-5 for exp) in plain doubles, so the estimate's relative
// error is below 2**-65 (the exp tail's rounding, ~2**-66, dominates; plus |y| * 2**-78 from
// ln(x)'s absolute error scaled by y). If every value within the bound below rounds to the
// same double (Ziv's test: hi + (lo - err) === hi + (lo + err)), that double is the correctly
// rounded result; otherwise the full-precision path decides: about 1 call in 350 for ordinary
// operands, more when |y| is large, and always on an exact tie such as 10.0**23. The full path
// alone cost ~550 ns per `x ** 1.7` in a pyvm loop (CPython ~34), most of it the 2**-106
// series in double-double; with this path ~150.

/** The fast kernel's error bound relative to the result, before the |y| term. */
const FAST_REL_ERR = 2 ** -62;
/** ln(x)'s absolute error bound in the fast kernel (~2**-78.7 by analysis), with a margin. */
const FAST_LOG_ABS_ERR = 2 ** -75;

/**
 * ln(x) in (R[0], R[1]) for x > 0 finite, with absolute error below FAST_LOG_ABS_ERR: logDD's
 * reduction (x = m 2**e, c = 1 + k/128, s = (m - c)/(m + c) in double-double, |s| <= 1/512),
 * 2 atanh(s) = 2s + (2s^3/3 + 2s^5/5 + 2s^7/7 + 2s^9/9) with the bracket (< 5e-9) in doubles.
 */
function logFastS(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e -= 54; }
  f64[0] = x;
  e += ((u32[1] >>> 20) & 0x7ff) - 1023;
  u32[1] = (u32[1] & 0x800fffff) | (1023 << 20);
  const m = f64[0]; // in [1, 2)
  const k = Math.round((m - 1) * 128);
  const c = 1 + k / 128;
  const num = m - c; // exact (Sterbenz)
  const dh = m + c;
  const dl = (m - (dh - (dh - m))) + (c - (dh - m));
  const q1 = num / dh;
  mulS(q1, 0, dh, dl);
  addS(num, 0, -R[0], -R[1]);
  const q2 = R[0] / dh;
  const sh = q1 + q2, sl = q2 - (sh - q1);
  const s2 = sh * sh;
  const tail = 2 * sh * s2 * (0.3333333333333333 + s2 * (0.2 + s2 * (0.14285714285714285 + s2 * 0.1111111111111111)));
  addS(2 * sh, 2 * sl, tail, 0);
  const ah = R[0], al = R[1];
  const lt = LOG_TABLE[k];
  mulS(LN2.hi, LN2.lo, e, 0);
  addS(R[0], R[1], lt.hi, lt.lo);
  addS(R[0], R[1], ah, al);
}

/**
 * exp(th + tl) correctly rounded, or NaN when the fast kernel cannot decide (the caller then
 * takes the full path). `err` bounds the argument's absolute error (exp's relative error
 * from it); only for |th| <= 700, where the result is a normal double.
 */
function expFast(th: number, tl: number, err: number): number {
  const n = Math.round(th / LN2_64.hi);
  mulS(LN2_64.hi, LN2_64.lo, n, 0);
  addS(th, tl, -R[0], -R[1]);
  const rh = R[0], rl = R[1]; // |r| <= ln2/128 (+ rounding)
  // exp(r) - 1 - r = r^2/2 + ... + r^8/8! (< 1.5e-5; the r^9 term < 1e-26), plus rl * rh.
  const p = rh * rh * (0.5 + rh * (0.16666666666666666 + rh * (0.041666666666666664 + rh * (0.008333333333333333 +
    rh * (0.001388888888888889 + rh * (0.0001984126984126984 + rh * 0.0000248015873015873))))));
  const sh = 1 + rh;
  const sl = (rh - (sh - 1)) + (rl + (p + rl * rh));
  // n = 64 kk + j (|n| < 2**17: the int32 & and >> are exact, >> floors).
  const et = EXP_TABLE[n & 63];
  mulS(sh, sl, et.hi, et.lo);
  const bound = Math.abs(R[0]) * (FAST_REL_ERR + err);
  const lo = R[0] + (R[1] - bound);
  if (lo !== R[0] + (R[1] + bound)) return NaN;
  // 2**kk (|kk| <= 1011, a normal double) from its exponent bits: `2 ** kk` is a libm call.
  f64[0] = 0;
  u32[1] = ((n >> 6) + 1023) << 20;
  return lo * f64[0];
}

/** C pow(x, y) for x > 0 finite, y finite and nonzero, as glibc rounds it. */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x; // a single correctly rounded operation
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x); // sqrt is correctly rounded, so is pow(x, 0.5)
  if (x === 1) return 1;
  if (LOG_TABLE.length === 0) buildTables();
  logFastS(x);
  mulS(R[0], R[1], y, 0);
  if (R[0] <= 700 && R[0] >= -700) {
    const r = expFast(R[0], R[1], Math.abs(y) * FAST_LOG_ABS_ERR);
    if (r === r) return r;
  }
  return powPrecise(x, y);
}

/**
 * powPositive without the fast kernel (x > 0 finite, y finite, not one of its single-operation
 * cases): exported for the test that checks the fast kernel against it.
 */
export function powPrecise(x: number, y: number): number {
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
  if (x <= 700 && x >= -700) {
    if (LOG_TABLE.length === 0) buildTables();
    const r = expFast(x, 0, 0);
    if (r === r) return r;
  }
  return expDDToDouble({ hi: x, lo: 0 });
}

/** exp without the fast kernel (x finite, |x| <= 709.8): for the fast kernel's test. */
export function expPrecise(x: number): number {
  return expDDToDouble({ hi: x, lo: 0 });
}

/** C log(x) for x > 0 finite, correctly rounded in practice. */
export function log(x: number): number {
  if (x === 1) return 0;
  // The fast kernel first (absolute error below FAST_LOG_ABS_ERR), with Ziv's test; near
  // x = 1, where ln(x) is small and that error large relative to it, the test fails.
  if (LOG_TABLE.length === 0) buildTables();
  logFastS(x);
  const err = FAST_LOG_ABS_ERR + Math.abs(R[0]) * FAST_REL_ERR;
  const lo = R[0] + (R[1] - err);
  if (lo === R[0] + (R[1] + err)) return lo;
  return logPrecise(x);
}

/** log without the fast kernel (x > 0 finite): for the fast kernel's test. */
export function logPrecise(x: number): number {
  const l = logDD(x);
  return l.hi + l.lo;
}

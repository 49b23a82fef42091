// The fast kernel of runtime/dd_math.ts pow/exp/log (a cheaper double-double evaluation, then
// Ziv's rounding test, the full-precision path when the test cannot decide) must give exactly
// what the full-precision path gives: checked here on seeded pseudo-random operands over the
// ranges where the kernel runs (|y ln x| <= 700), bases near 1 with large exponents (where
// the kernel's error bound grows with |y|), small integral exponents and exact ties (10.0**23,
// which the kernel must leave to the exact path). CPython's own results are checked by
// lib_libm.test.ts's goldens.
import { describe, it, expect } from 'vitest';
import { powPositive, powPrecise, exp, expPrecise, log, logPrecise } from '../../runtime/dd_math';

/** xorshift128+ in doubles in [0, 1): deterministic, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s0 = BigInt(seed) | 1n, s1 = 0x9e3779b97f4a7c15n;
  const M = (1n << 64n) - 1n;
  return () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x = (x ^ (x << 23n)) & M;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(((s1 + y) & M) >> 11n) / 2 ** 53;
  };
}

function mismatches(cases: [number, number][]): string[] {
  const bad: string[] = [];
  for (const [x, y] of cases) {
    const a = powPositive(x, y), b = powPrecise(x, y);
    if (!Object.is(a, b)) bad.push(`pow(${x}, ${y}): ${a} vs ${b}`);
  }
  return bad;
}

describe('dd_math fast pow/exp/log = full-precision path', () => {
  it('random operands', () => {
    const r = rng(20261127);
    const cases: [number, number][] = [];
    for (let i = 0; i < 60000; i++) {
      const x = Math.exp((r() * 2 - 1) * 690 * [1, 0.1, 0.01][i % 3]);
      const q = r();
      let y: number;
      if (q < 0.3) y = (r() * 2 - 1) * 5;
      else if (q < 0.45) y = Math.round((r() * 2 - 1) * 64);
      else if (q < 0.55) y = Math.round((r() * 2 - 1) * 20) / 2;
      else if (q < 0.7) y = (r() * 2 - 1) * 1e4;
      else y = ((r() * 2 - 1) * 700) / Math.max(1e-300, Math.abs(Math.log(x)));
      if (y !== 0 && x !== 1) cases.push([x, y]);
    }
    expect(mismatches(cases).slice(0, 10)).toEqual([]);
  });

  it('bases near 1 with large exponents', () => {
    const r = rng(7);
    const cases: [number, number][] = [];
    for (let i = 0; i < 20000; i++) {
      const x = 1 + (r() * 2 - 1) * 2 ** (-r() * 50);
      const y = (r() * 2 - 1) * 10 ** (r() * 12);
      if (y !== 0 && x !== 1) cases.push([x, y]);
    }
    expect(mismatches(cases).slice(0, 10)).toEqual([]);
  });

  it('small integral exponents and exact ties', () => {
    const cases: [number, number][] = [[10, 23], [10, 22], [10, -5], [5, -3], [2, -1074 / 16], [3, 40], [7, -2]];
    for (let b = 2; b < 120; b++) for (let e = -64; e <= 64; e++) if (e !== 0) cases.push([b, e], [b / 8, e / 4]);
    expect(mismatches(cases).slice(0, 10)).toEqual([]);
    expect(powPositive(10, 23)).toBe(1e23);
    expect(powPositive(7, -2)).toBe(0.02040816326530612);
  });

  it('exp', () => {
    const r = rng(99);
    const bad: string[] = [];
    for (let i = 0; i < 40000; i++) {
      const x = (r() * 2 - 1) * (i % 2 === 0 ? 700 : 5);
      if (x === 0) continue;
      const a = exp(x), b = expPrecise(x);
      if (!Object.is(a, b)) bad.push(`exp(${x}): ${a} vs ${b}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('log', () => {
    const r = rng(5);
    const bad: string[] = [];
    for (let i = 0; i < 40000; i++) {
      const q = i % 3;
      const x = q === 0 ? Math.exp((r() * 2 - 1) * 700) : q === 1 ? r() * 100 : 1 + (r() * 2 - 1) * 2 ** (-r() * 40);
      if (!(x > 0) || x === 1) continue;
      const a = log(x), b = logPrecise(x);
      if (!Object.is(a, b)) bad.push(`log(${x}): ${a} vs ${b}`);
    }
    for (const x of [2, 10, 0.5, 5e-324, 1.7976931348623157e308, 1 + 2 ** -52, 1 - 2 ** -53]) {
      if (!Object.is(log(x), logPrecise(x))) bad.push(`log(${x})`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

// runtime/int_ops.ts: the floor division of large ints with a small quotient (an estimate
// from the top bits, corrected to the exact value; session 3, L), checked on the BUILT
// runtime (run `npx tsc -p tsconfig.json` first) against JavaScript's own BigInt division,
// which is exact: every sign, exact multiples, quotients 0, 1, near 2**44 and beyond, divisor
// sizes that jump (the shift hint kept between calls must never give a wrong answer), and
// the results normalised to numbers when they fit.
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { xorshift32 } from '../helpers/random';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const I = require(path.join(ROOT, 'dist', 'runtime', 'int_ops.js')) as typeof import('../../runtime/int_ops');

/** Python's floor division on bigints, from JS's truncating one. */
function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

/** A Python int as pyvm holds it: a number when safe, else a bigint. */
function norm(v: bigint): number | bigint {
  return v >= -(2n ** 53n - 1n) && v <= 2n ** 53n - 1n ? Number(v) : v;
}

/** A deterministic pseudo-random bigint of about `bits` bits (xorshift words). */
function makeRandom(seed: number): (bits: number) => bigint {
  const word = xorshift32(seed);
  return (bits) => {
    let v = 0n;
    for (let b = 0; b < bits; b += 32) v = (v << 32n) | BigInt(word());
    return (v >> BigInt(Math.max(0, Math.ceil(bits / 32) * 32 - bits))) | 1n;
  };
}

describe('int floor division with a small quotient', () => {
  it('equals the exact floor quotient', () => {
    const rnd = makeRandom(12345);
    const failures: string[] = [];
    const check = (x: bigint, y: bigint): void => {
      const got = I.intFloorDiv(norm(x), norm(y));
      const want = norm(floorDiv(x, y));
      if (got !== want) failures.push(`${x} // ${y}: got ${got}, want ${want}`);
    };
    // Divisor sizes that grow, shrink and jump between calls (the shift hint).
    const sizes = [70, 64, 100, 3000, 33000, 200, 33000, 33010, 32990, 90, 5000, 60, 1200];
    for (let round = 0; round < 3; round++) {
      for (const bits of sizes) {
        const y = rnd(bits);
        for (const q of [0n, 1n, 2n, 9n, 10n, 12345n, 2n ** 43n - 1n, 2n ** 44n, 2n ** 44n + 3n, 2n ** 47n, 2n ** 60n, 2n ** 200n]) {
          for (const extra of [0n, 1n, y - 1n, y / 2n, -1n]) {
            const x = q * y + extra;
            if (x <= 0n) continue;
            check(x, y);
            check(-x, y);
            check(x, -y);
            check(-x, -y);
          }
        }
        // Random dividends around the divisor's size.
        for (let i = 0; i < 20; i++) {
          const x = rnd(bits + (i % 50));
          check(x, y);
          check(x + y * BigInt(i), y);
        }
      }
    }
    // The pidigits pattern: a divisor growing a few bits per step.
    let t = 1n;
    let q = 1n;
    for (let k = 1; k < 1500; k++) {
      t *= BigInt(2 * k + 1);
      q *= BigInt(k);
      check(q * 7n + t * 3n, t);
      check(q * BigInt(k) + 5n, t);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

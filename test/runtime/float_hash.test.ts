// runtime/float_ops.ts hashFloat (with session 3's shortcut for integral values, L), checked
// on the BUILT runtime (run `npx tsc -p tsconfig.json` first) against an independent BigInt
// statement of CPython's definition: |x| = m * 2**e, hash = m * 2**(e mod 61) mod
// (2**61 - 1), negated for negative x, -1 -> -2; integral values hash as the equal int.
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { xorshift32 } from '../helpers/random';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const F = require(path.join(ROOT, 'dist', 'runtime', 'float_ops.js')) as typeof import('../../runtime/float_ops');

const P = (1n << 61n) - 1n;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** CPython's float hash, with bigints, as a pyvm int (number when safe). */
function reference(x: number): number | bigint {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x === 0) return 0;
  f64[0] = Math.abs(x);
  const bexp = (u32[1] >>> 20) & 0x7ff;
  let m = (BigInt(u32[1] & 0xfffff) << 32n) | BigInt(u32[0]);
  if (bexp !== 0) m |= 1n << 52n;
  const e = bexp === 0 ? -1074 : bexp - 1075;
  const k = BigInt(((e % 61) + 61) % 61);
  let h = ((m % P) << k) % P;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h >= -(2n ** 53n - 1n) && h <= 2n ** 53n - 1n ? Number(h) : h;
}

describe('float hash', () => {
  it('equals the BigInt definition', () => {
    const rnd = xorshift32(24680);
    const xs: number[] = [0.5, -0.5, 1.5, -1.5, 0.1, 1e-300, 5e-324, 2 ** 53, 2 ** 61, -(2 ** 70), 1e308, -1, -0, NaN, Infinity, -Infinity];
    for (let i = 0; i < 200000; i++) {
      u32[0] = rnd();
      u32[1] = rnd();
      if (Number.isFinite(f64[0])) xs.push(f64[0]);
      xs.push((rnd() % 1000000) / 1024, -(rnd() / 3));
    }
    for (let e = -1074; e <= 1023; e++) xs.push(2 ** e, -(1.5 * 2 ** e), 1.0000000000000002 * 2 ** e);
    const failures: string[] = [];
    for (const x of xs) {
      const want = reference(x);
      const got = F.hashFloat(x);
      if (got !== want || Object.is(got, -0)) failures.push(`${x}: ${got}, want ${want}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

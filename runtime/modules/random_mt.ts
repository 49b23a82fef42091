// The Mersenne Twister and the algorithms of CPython 3.11's random module
// (Modules/_randommodule.c for the generator, Lib/random.py for the methods), so that a
// program seeding with an int gets exactly CPython's numbers.
//
// This file is the engine, over plain JS values (ints in pyvm's number|bigint form, JS
// arrays for sequences); runtime/modules/random.ts exposes it as the `random` module.

import { raise } from '../lib_errors';
import { PyInt, PyIntLike, asInt, normBig, toBig, bitLength, intRepr } from '../int_ops';
import * as dd from '../dd_math';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  private mt = new Uint32Array(N);
  private mti = N + 1;
  /** random.gauss keeps its second normal deviate here (Random.gauss_next). */
  gaussNext: number | null = null;

  /** init_genrand */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  /** init_by_array */
  private initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1, j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** random_seed for an int: abs(n) split into 32-bit words, least significant first. */
  seedInt(n: PyIntLike): void {
    let v = toBig(n);
    if (v < 0n) v = -v;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** genrand_uint32 */
  genrandUint32(): number {
    const mt = this.mt;
    let y: number;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random.random(): 53 random bits in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5, b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** random.getrandbits(k) */
  getrandbits(k: number): PyInt {
    if (k < 0) raise('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    // Little-endian 32-bit words; the last (most significant) word keeps its top bits.
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return normBig(result);
  }

  /** Random._randbelow_with_getrandbits: uniform in [0, n), n > 0. */
  randbelow(n: PyIntLike): PyInt {
    const nn = asInt(n);
    const k = bitLength(nn);
    let r = this.getrandbits(k);
    while (r >= nn) r = this.getrandbits(k);
    return r;
  }

  /** Random.randrange (3.11, integer arguments). */
  randrange(start: PyIntLike, stop: PyIntLike | null = null, step: PyIntLike = 1): PyInt {
    const istart = asInt(start);
    if (stop === null) {
      if (istart > 0) return this.randbelow(istart);
      return raise('ValueError', 'empty range for randrange()');
    }
    const istop = asInt(stop);
    const width = normBig(toBig(istop) - toBig(istart));
    const istep = asInt(step);
    if (istep === 1) {
      if (width > 0) return normBig(toBig(istart) + toBig(this.randbelow(width)));
      return raise('ValueError', `empty range for randrange() (${intRepr(istart)}, ${intRepr(istop)}, ${intRepr(width)})`);
    }
    let n: bigint;
    const bw = toBig(width), bs = toBig(istep);
    const floorDiv = (a: bigint, b: bigint): bigint => {
      const q = a / b;
      return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
    };
    if (bs > 0n) n = floorDiv(bw + bs - 1n, bs);
    else if (bs < 0n) n = floorDiv(bw + bs + 1n, bs);
    else return raise('ValueError', 'zero step for randrange()');
    if (n <= 0n) raise('ValueError', 'empty range for randrange()');
    return normBig(toBig(istart) + bs * toBig(this.randbelow(normBig(n))));
  }

  /** Random.randint */
  randint(a: PyIntLike, b: PyIntLike): PyInt {
    return this.randrange(a, normBig(toBig(b) + 1n));
  }

  /** Random.choice over a sequence of known length: the index to take. */
  choiceIndex(len: number): number {
    if (len === 0) raise('IndexError', 'Cannot choose from an empty sequence');
    return Number(this.randbelow(len));
  }

  /** Random.shuffle, in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = Number(this.randbelow(i + 1));
      const t = x[i]; x[i] = x[j]; x[j] = t;
    }
  }

  /** Random.sample (without counts). `contains` is not needed: indices are tracked. */
  sample<T>(population: T[], k: number): T[] {
    const n = population.length;
    if (!(k >= 0 && k <= n)) raise('ValueError', 'Sample larger than population or is negative');
    const result: T[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(dd.log(k * 3) / dd.log(4));
    if (n <= setsize) {
      const pool = population.slice();
      for (let i = 0; i < k; i++) {
        const j = Number(this.randbelow(n - i));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(this.randbelow(n));
        while (selected.has(j)) j = Number(this.randbelow(n));
        selected.add(j);
        result[i] = population[j];
      }
    }
    return result;
  }

  /** Random.uniform */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** Random.gauss (Box-Muller, caching the second deviate). */
  gauss(mu: number, sigma: number): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * dd.log(1.0 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** Random.expovariate */
  expovariate(lambd: number): number {
    if (lambd === 0) raise('ZeroDivisionError', 'float division by zero');
    return -dd.log(1.0 - this.random()) / lambd;
  }

  /** Random.triangular */
  triangular(low: number, high: number, mode: number | null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high === low) return low;
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** Random.choices without weights: indices into a population of length n. */
  choicesIndices(n: number, k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
    return out;
  }

  /** Random.choices with cumulative weights: indices (bisect_right over cum_weights). */
  choicesWeighted(cumWeights: number[], k: number): number[] {
    const n = cumWeights.length;
    const total = cumWeights[n - 1] + 0.0;
    if (total <= 0.0) raise('ValueError', 'Total of weights must be greater than zero');
    if (!isFinite(total)) raise('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    const out: number[] = [];
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0, h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (x < cumWeights[mid]) h = mid;
        else lo = mid + 1;
      }
      out.push(lo);
    }
    return out;
  }

  /** getstate()/setstate() support: a snapshot of the generator. */
  getState(): { mt: number[]; mti: number; gaussNext: number | null } {
    return { mt: Array.from(this.mt), mti: this.mti, gaussNext: this.gaussNext };
  }

  setState(s: { mt: number[]; mti: number; gaussNext: number | null }): void {
    this.mt = Uint32Array.from(s.mt);
    this.mti = s.mti;
    this.gaussNext = s.gaussNext;
  }
}

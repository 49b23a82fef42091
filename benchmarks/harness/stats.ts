// Sample statistics for timed runs measured outside benchmark.js (CPython, peers), computed
// the way benchmark.js computes its own: the mean, the standard error of the mean, and the
// relative margin of error at 95% confidence from Student's t distribution.
import type { Timing } from './results';

// Two-sided 95% critical values of Student's t by degrees of freedom (1..30); beyond 30 the
// normal value is close enough, as in benchmark.js.
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tCritical(df: number): number {
  if (df < 1) return Number.NaN;
  return df <= T_TABLE.length ? T_TABLE[df - 1] : 1.96;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Timing from per-run samples in seconds. */
export function timingFromSamples(samplesS: number[]): Timing {
  const n = samplesS.length;
  const mean = samplesS.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? samplesS.reduce((a, x) => a + (x - mean) * (x - mean), 0) / (n - 1) : 0;
  const sem = Math.sqrt(variance / n);
  const rme = n > 1 ? ((sem * tCritical(n - 1)) / mean) * 100 : 0;
  return {
    hz: 1 / mean,
    meanMs: mean * 1000,
    medianMs: median(samplesS) * 1000,
    rme,
    samples: n,
    sampleMs: samplesS.map((s) => s * 1000),
  };
}

/**
 * One timing from the timings of several processes (`pyvm bench --processes N`): the samples of
 * all of them, as pyperf pools the values of its worker processes. V8 does not compile an
 * interpreter loop the same way in every process (the order in which type feedback arrives and
 * concurrent compiles finish differs), so one process can run a whole program 1.5-2x slower than
 * another; the minimum over processes is the steady state both VMs can reach.
 */
export function mergeTimings(ts: Timing[]): Timing {
  if (ts.length === 1) return ts[0];
  return timingFromSamples(ts.flatMap((t) => t.sampleMs.map((ms) => ms / 1000)));
}

export function geomean(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

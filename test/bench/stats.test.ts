// The harness's sample statistics: timingFromSamples (benchmark.js's way) and mergeTimings
// (the samples of several timing processes pooled, `pyvm bench --processes N`).
import { describe, expect, it } from 'vitest';
import { mergeTimings, timingFromSamples, median, geomean } from '../../benchmarks/harness/stats';

describe('harness statistics', () => {
  it('computes mean, median and a margin of error from samples in seconds', () => {
    const t = timingFromSamples([0.01, 0.02, 0.03]);
    expect(t.samples).toBe(3);
    expect(t.meanMs).toBeCloseTo(20, 10);
    expect(t.medianMs).toBeCloseTo(20, 10);
    expect(t.sampleMs).toEqual([10, 20, 30]);
    // sem = 10/sqrt(3) ms; t(2) = 4.303; rme in percent of the mean.
    expect(t.rme).toBeCloseTo(((10 / Math.sqrt(3)) * 4.303 * 100) / 20, 6);
  });

  it('pools the samples of several processes, so the best run of any process is the best', () => {
    const a = timingFromSamples([0.2, 0.21, 0.22]); // a process with a slow compile of the loop
    const b = timingFromSamples([0.1, 0.12]);
    const m = mergeTimings([a, b]);
    expect(m.samples).toBe(5);
    expect(Math.min(...m.sampleMs)).toBeCloseTo(100, 10);
    expect(m.medianMs).toBeCloseTo(200, 10);
    expect(m.meanMs).toBeCloseTo((200 + 210 + 220 + 100 + 120) / 5, 10);
    expect(mergeTimings([a])).toBe(a);
  });

  it('median and geomean', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(geomean([1, 4])).toBeCloseTo(2, 12);
    expect(Number.isNaN(geomean([]))).toBe(true);
  });
});

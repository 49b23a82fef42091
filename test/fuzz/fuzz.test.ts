// CI's differential fuzzing batch: 300 generated programs (fixed seed) on CPython and on every
// VM available in this build, compared on stdout and the last error line. A difference fails
// the test and leaves a shrunk reproducer in test/fuzz/failures/.

import { describe, expect, it } from 'vitest';
import { runBatch, vmAvailable } from './fuzz';
import { generateProgram } from './gen';

describe('differential fuzzing', () => {
  it('generates the same program for the same seed, different ones for different seeds', () => {
    expect(generateProgram(7, 3)).toEqual(generateProgram(7, 3));
    expect(generateProgram(7, 3)).not.toEqual(generateProgram(7, 4));
  });

  it('300 programs behave as on CPython', () => {
    expect(vmAvailable('reg')).toBe(true);
    const r = runBatch(20261125, 0, 300);
    const summary = r.findings.map((f) => `program ${f.index} on ${f.vm}: got ${JSON.stringify(f.got).slice(0, 300)}\n${f.source}`);
    expect(summary).toEqual([]);
    expect(r.programs).toBe(300);
  }, 600_000);
});

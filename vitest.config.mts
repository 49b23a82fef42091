import { availableParallelism } from 'os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The longest test files, longest first (per-file wall times in CI's run of f3a03fa with two
// workers: host_stdlib 128 s, conformance 125 s, fused 66 s, unicodedata 38 s, lib_programs
// 32 s, bench/suite 30 s, translate 29 s, datetime_local 26 s, pyc-roundtrip 23 s). Vitest's
// own order for a clean clone (no cache of durations) is by file size, which put host_stdlib,
// a small file whose programs are separate .py files, last: it ran alone for its last two
// minutes. With the long ones first, the short ones fill the other worker's time.
const LONGEST_FIRST = [
  'test/runtime/host_stdlib.test.ts',
  'test/conformance/conformance.test.ts',
  'test/regvm/fused.test.ts',
  'test/runtime/unicodedata.test.ts',
  'test/runtime/lib_programs.test.ts',
  'test/bench/suite.test.ts',
  'test/translator/translate.test.ts',
  'test/runtime/datetime_local.test.ts',
  'test/compiler/pyc-roundtrip.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const i = LONGEST_FIRST.findIndex((p) => f.moduleId.replace(/\\/g, '/').endsWith(p));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return base
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map((x) => x.f);
  }
}

// Workers: vitest's default in run mode is one fewer than the cores, one on a 2-core CI
// machine. Two workers there took the suite from 429 s to 408 s (f3a03fa): less than the
// cores suggest, because the spawned node processes' own threads (GC, compilers) already kept
// a second core partly busy.
// Timeouts: the largest tests (the translator over every conformance file, the benchmark
// programs on CPython) take 15-30 s with two workers and up to 85 s on a loaded machine; a
// timeout is a hang detector here, not a speed check (speed is measured by the benchmarks,
// never asserted by tests).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: Math.max(availableParallelism(), 2),
    sequence: { sequencer: LongestFirst },
  },
});

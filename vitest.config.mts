import { availableParallelism } from 'os';
import { defineConfig } from 'vitest/config';

// Workers: vitest's default in run mode is one fewer than the cores, which on a 2-core CI
// machine is a single worker, so the suite ran serially (7-8 minutes there). Almost every
// test file spends its time in child processes (python3 and pyvm, spawned synchronously),
// not in the worker, so one worker per core keeps both cores busy.
// Timeouts: the largest tests (the translator over every conformance file, the benchmark
// programs on CPython) take 15-20 s alone and up to 85 s on a loaded 2-core machine with
// two workers; a timeout is a hang detector here, not a speed check (speed is measured by
// the benchmarks, never asserted by tests).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: Math.max(availableParallelism(), 2),
  },
});

// The bench worker (benchmarks/harness/worker.ts, compiled: run `npx tsc -p tsconfig.json`
// first) on its own: `pyvm bench` sends it a counting job without timing and timing jobs
// without counting, so that no timed process has run the counting loop. Each job is checked
// for what it must and must not contain.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { RESULT_MARKER, type WorkerJob, type WorkerResult } from '../../benchmarks/harness/worker';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKER = path.join(ROOT, 'dist', 'benchmarks', 'harness', 'worker.js');
const FIB = path.join(ROOT, 'benchmarks', 'fib.py');
const FIB_QUICK = Number(/quick=(\d+)/.exec(fs.readFileSync(FIB, 'utf8'))?.[1]);
const FIB_OUTPUT = fs.readFileSync(path.join(ROOT, 'benchmarks', 'expected', 'fib.quick.txt'), 'utf8');

function runWorkerJob(job: WorkerJob): WorkerResult {
  const r = spawnSync(process.execPath, [WORKER], { input: JSON.stringify(job), encoding: 'utf8', timeout: 120_000 });
  expect(r.status).toBe(0);
  const line = r.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  expect(line).toBeDefined();
  return JSON.parse((line ?? '').slice(RESULT_MARKER.length)) as WorkerResult;
}

describe('bench worker jobs', () => {
  it('a counting job (timing null) counts and checks the output, and times nothing', () => {
    const r = runWorkerJob({ path: FIB, size: FIB_QUICK, vm: 'stack', expectedOutput: FIB_OUTPUT, timing: null, ablation: null });
    expect(r.status).toBe('ok');
    expect(r.counters?.stack?.instructions).toBeGreaterThan(1000);
    expect(r.timing).toBeUndefined();
  });

  it('a timing job (count false) times, and has no counters', () => {
    const r = runWorkerJob({ path: FIB, size: FIB_QUICK, vm: 'reg', expectedOutput: FIB_OUTPUT, count: false, timing: { maxTimeS: 0.05, minSamples: 2 }, ablation: null });
    expect(r.status).toBe('ok');
    expect(r.counters).toBeUndefined();
    expect(r.timing?.samples).toBeGreaterThanOrEqual(2);
    expect(r.timing?.medianMs).toBeGreaterThan(0);
  });

  it('a wrong expected output is a mismatch, and then nothing is timed', () => {
    const r = runWorkerJob({ path: FIB, size: FIB_QUICK, vm: 'reg', expectedOutput: FIB_OUTPUT + 'x\n', count: false, timing: { maxTimeS: 0.05, minSamples: 2 }, ablation: null });
    expect(r.status).toBe('mismatch');
    expect(r.error).toMatch(/^line \d+: expected/);
    expect(r.timing).toBeUndefined();
  });
});

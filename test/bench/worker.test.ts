// The bench worker (benchmarks/harness/worker.ts, compiled: run `npx tsc -p tsconfig.json`
// first) on its own: `pyvm bench` sends it a counting job without timing and timing jobs
// without counting, so that no timed process has run the counting loop. Each job is checked
// for what it must and must not contain.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
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

  it('a timing job warms up at the warm-up size first: a failure there is reported with that size', () => {
    // Fails below size 10 only, so the error can come from nowhere but the warm-up runs.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-warmup-'));
    const file = path.join(dir, 'sized.py');
    fs.writeFileSync(file, 'import sys\nn = int(sys.argv[1])\nif n < 10:\n    raise SystemExit(3)\nprint(sum(range(n)))\n');
    try {
      const job: WorkerJob = { path: file, size: 2000, vm: 'stack', expectedOutput: '1999000\n', count: false, timing: { maxTimeS: 0.05, minSamples: 2, warmup: { size: 5, runs: 3, maxTimeS: 1 } }, ablation: null };
      const bad = runWorkerJob(job);
      expect(bad.status).toBe('error');
      expect(bad.error).toContain('exit status 3 in a warm-up run at size 5');
      expect(bad.timing).toBeUndefined();
      const good = runWorkerJob({ ...job, timing: { maxTimeS: 0.05, minSamples: 2, warmup: { size: 50, runs: 3, maxTimeS: 1 } } });
      expect(good.status).toBe('ok');
      expect(good.timing?.samples).toBeGreaterThanOrEqual(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

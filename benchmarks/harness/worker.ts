// One benchmark job in a child process of `pyvm bench`: one program on one backend.
// A fresh process per (program, backend) keeps V8's type feedback of one backend (or of an
// earlier program) from shaping the machine code the next one runs on, and contains a
// backend that crashes or loops.
//
// Protocol: the job (WorkerJob, JSON) arrives on stdin; the result (WorkerResult) is the
// last line of stdout, prefixed by RESULT_MARKER. Steps, each failure recorded, none fatal:
//   1. prepare() the program and run it once with counting on, output captured (counting off
//      in the timing processes: job.count false; `pyvm bench` counts in a process of its own,
//      job.timing null, so that no timed process has run the counting loop);
//   2. compare that output with CPython's (when known): a difference is a 'mismatch' and
//      nothing is timed;
//   3. warm up (with `pyvm bench --warmup S`, harness.ts warmupFor, runs at the quick size first; then full-size
//      runs as below), then time evaluate() with counting off through benchmark.js (the program already
//      prepared, so parse and compile are left out, as the CPython driver leaves them out;
//      the reported time is each run's evalCode stage, see timeRuns);
//   4. register VM: one counting run per translator-pass variant (the ablation), always at
//      the program's quick size: the counts are compared with each other only, and at the
//      full size these runs would cost more than everything else together.
import Benchmark from 'benchmark';
import { performance } from 'perf_hooks';
import { describeError, loadPipeline, PipelineApi, RunOptions, VmKind } from './pipeline_api';
import type { AblationEntry, Counters, Timing, VmResult, Warmup } from './results';
import { median, timingFromSamples } from './stats';
import { readStdin } from './child';

export const RESULT_MARKER = '@@PYVM-BENCH-RESULT ';

export interface WorkerJob {
  path: string;
  size: number;
  vm: VmKind;
  /** CPython's stdout for this size; null when python3 is missing (the output is then unchecked). */
  expectedOutput: string | null;
  /**
   * false: no counting run (an extra timing process of `pyvm bench --processes N`); the output
   * is then checked on a plain run. Absent: true.
   */
  count?: boolean;
  /** null: counting run only. warmup absent: no runs at another size before the timed ones. */
  timing: { maxTimeS: number; minSamples: number; warmup?: Warmup } | null;
  /** Pass sets to count with (register VM): key -> passes. */
  ablation: { size: number; expectedOutput: string | null; variants: Record<string, string[]> } | null;
  /**
   * Stack VM only: run it without quickening (no superinstructions, CPython 3.11's instruction
   * stream dispatched one by one; stackvm/frame.ts PYVM_STACK_QUICKEN), for the report's
   * plain-stack column. Absent: false.
   */
  plainStack?: boolean;
}

export type WorkerResult = VmResult & { output?: string };

interface Captured {
  stdout: string;
  stderr: string;
}

function capture(): { c: Captured; write: (s: 'stdout' | 'stderr', t: string) => void } {
  const c: Captured = { stdout: '', stderr: '' };
  return { c, write: (s, t) => (c[s] += t) };
}

/** The first line where two outputs differ, for the results file. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end>')}, got ${JSON.stringify(b[i] ?? '<end>')}`;
    }
  }
  return 'outputs differ';
}

function lastLines(s: string, n: number): string {
  return s.trimEnd().split('\n').slice(-n).join(' | ');
}

function countingRun(api: PipelineApi, job: WorkerJob, passes?: string[], size: number = job.size) {
  const { c, write } = capture();
  const opts: RunOptions = { vm: job.vm, argv: [job.path, String(size)], write, stdin: '', counting: job.count !== false };
  if (passes !== undefined) opts.passes = passes;
  const prepared = api.prepare(job.path, opts);
  const outcome = api.evaluate(prepared, opts);
  return { outcome, out: c };
}

/**
 * Timed runs of the prepared program. benchmark.js drives the runs and gives its figures
 * for the whole evaluate() call (fresh interpreter included); the figures the report uses
 * are the same runs' evalCode stage times (RunOutcome.stageTimesMs), with the same
 * statistics, because CPython's column leaves interpreter startup out too.
 */
function timeRuns(api: PipelineApi, job: WorkerJob, maxTimeS: number, minSamples: number, warmup: Warmup | undefined): { evalCode: Timing; evaluate: Timing } {
  const argv = [job.path, String(job.size)];
  const opts: RunOptions = { vm: job.vm, argv, write: () => undefined, stdin: '', counting: false };
  const prepared = api.prepare(job.path, opts);
  let failure: string | null = null;
  // Warm-up outside the statistics: V8 optimises the interpreter loop during the first
  // runs, and benchmark.js's few slow-function samples would otherwise mix cold and hot
  // code (an rme of 100% and more). First the short runs every backend gets (harness.ts
  // WARMUP says why), then at the timed size at least one run, at most three or half of maxTime.
  if (warmup !== undefined) {
    const small: RunOptions = { ...opts, argv: [job.path, String(warmup.size)] };
    const smallStart = performance.now();
    for (let i = 0; i < warmup.runs && performance.now() - smallStart < warmup.maxTimeS * 1000; i++) {
      const o = api.evaluate(prepared, small);
      if (o.exitStatus !== 0) throw new Error(`exit status ${o.exitStatus} in a warm-up run at size ${warmup.size}`);
    }
  }
  const warmStart = performance.now();
  for (let i = 0; i < 3 && (i === 0 || performance.now() - warmStart < (maxTimeS * 1000) / 2); i++) {
    const o = api.evaluate(prepared, opts);
    if (o.exitStatus !== 0) throw new Error(`exit status ${o.exitStatus} in a warm-up run`);
  }
  const evalCodeS: number[] = [];
  const bench = new Benchmark(
    `${job.path}:${job.vm}`,
    () => {
      const o = api.evaluate(prepared, opts);
      evalCodeS.push(o.stageTimesMs.evalCode / 1000);
      if (o.exitStatus !== 0 && failure === null) failure = `exit status ${o.exitStatus} in a timed run`;
    },
    { minSamples, maxTime: maxTimeS, initCount: 1 },
  );
  bench.run({ async: false });
  if (bench.error !== undefined && bench.error !== null) throw bench.error;
  if (failure !== null) throw new Error(failure);
  const sample = bench.stats.sample;
  const evaluate: Timing = {
    hz: bench.hz,
    meanMs: bench.stats.mean * 1000,
    medianMs: median(sample) * 1000,
    rme: bench.stats.rme,
    samples: sample.length,
    sampleMs: sample.map((x) => x * 1000),
  };
  return { evalCode: timingFromSamples(evalCodeS), evaluate };
}

export function runJob(job: WorkerJob): WorkerResult {
  let api: PipelineApi;
  // Read by stackvm/frame.ts when it is loaded (below, with the pipeline): this process decodes
  // every code object without quickening.
  if (job.plainStack === true) process.env.PYVM_STACK_QUICKEN = '0';
  try {
    api = loadPipeline();
  } catch (e) {
    return { status: 'error', error: describeError(e) };
  }
  const result: WorkerResult = { status: 'ok' };
  try {
    const { outcome, out } = countingRun(api, job);
    result.output = out.stdout;
    result.stageTimesMs = outcome.stageTimesMs;
    if (outcome.counters !== null) result.counters = outcome.counters;
    if (outcome.exitStatus !== 0) {
      return { ...result, status: 'error', error: `exit status ${outcome.exitStatus}: ${lastLines(out.stderr, 2)}` };
    }
    if (job.expectedOutput !== null && out.stdout !== job.expectedOutput) {
      return { ...result, status: 'mismatch', error: firstDifference(job.expectedOutput, out.stdout) };
    }
  } catch (e) {
    return { ...result, status: 'error', error: describeError(e) };
  }
  if (job.timing !== null) {
    try {
      const t = timeRuns(api, job, job.timing.maxTimeS, job.timing.minSamples, job.timing.warmup);
      result.timing = t.evalCode;
      result.timingEvaluate = t.evaluate;
    } catch (e) {
      return { ...result, status: 'error', error: 'timed run: ' + describeError(e) };
    }
  }
  if (job.ablation !== null) {
    result.ablation = {};
    const { size, expectedOutput, variants } = job.ablation;
    for (const [key, passes] of Object.entries(variants)) {
      const reuse = key === 'all' && size === job.size && result.counters?.reg !== undefined;
      result.ablation[key] = reuse ? ablationEntry(passes, result.counters) : ablationRun(api, job, passes, size, expectedOutput);
    }
  }
  return result;
}

function ablationRun(api: PipelineApi, job: WorkerJob, passes: string[], size: number, expected: string | null): AblationEntry {
  try {
    const { outcome, out } = countingRun(api, job, passes, size);
    if (outcome.exitStatus !== 0) return { passes, status: 'error', error: `exit status ${outcome.exitStatus}: ${lastLines(out.stderr, 1)}` };
    if (expected !== null && out.stdout !== expected) {
      return { passes, status: 'mismatch', error: firstDifference(expected, out.stdout) };
    }
    return ablationEntry(passes, outcome.counters ?? undefined);
  } catch (e) {
    return { passes, status: 'error', error: describeError(e) };
  }
}

/** The ablation figures of one counting run (the default run doubles as the "all" variant). */
function ablationEntry(passes: string[], counters: Counters | undefined): AblationEntry {
  const reg = counters?.reg;
  const st = counters?.static?.reg;
  return {
    passes,
    status: 'ok',
    instructions: reg?.instructions,
    moves: reg?.moves,
    staticInstructions: st?.instructions,
    staticBytes: st?.bytes,
  };
}

if (require.main === module) {
  readStdin().then(
    (text) => {
      const result = runJob(JSON.parse(text) as WorkerJob);
      process.stdout.write('\n' + RESULT_MARKER + JSON.stringify(result) + '\n');
    },
    (e: unknown) => {
      process.stdout.write('\n' + RESULT_MARKER + JSON.stringify({ status: 'error', error: describeError(e) }) + '\n');
    },
  );
}

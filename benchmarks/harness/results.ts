// The results file of `pyvm bench` (read by `pyvm report`): its TypeScript shape, one
// place for both sides. Missing data is explicit: a backend that could not run a program
// has status 'error' (or 'mismatch' when its output differed from CPython's) and no
// figures, never invented ones. Change the shape only by adding fields.
import * as fs from 'fs';

export const RESULTS_SCHEMA = 1;

/** Counters of one side, as `pyvm stats --json` prints them (design.md). */
export interface StackCounters {
  instructions: number;
  by_opcode: Record<string, number>;
  pushes: number;
  pops: number;
  max_stack_depth?: number;
}

export interface RegCounters {
  instructions: number;
  by_opcode: Record<string, number>;
  reg_reads: number;
  reg_writes: number;
  moves: number;
}

export interface StaticSize {
  code_objects: number;
  instructions: number;
  bytes: number;
  registers?: number;
}

export interface Counters {
  stack?: StackCounters;
  reg?: RegCounters;
  static?: { stack?: StaticSize; reg?: StaticSize };
}

/** Timed runs: benchmark.js figures for pyvm, the same statistics over the driver's samples for CPython. */
export interface Timing {
  /** Runs per second (1 / mean). */
  hz: number;
  meanMs: number;
  medianMs: number;
  /** Relative margin of error of the mean, in percent (95% confidence). */
  rme: number;
  samples: number;
  /** Each sample's time per run in milliseconds. */
  sampleMs: number[];
}

export type Status = 'ok' | 'error' | 'mismatch' | 'skipped';

/**
 * The warm-up every backend gets before its timed runs (harness.ts warmupFor): up to `runs`
 * untimed runs of the program at `size` (its quick size), stopped once `maxTimeS` seconds
 * have passed. A JIT (V8 for pyvm's loops and for pyodide's WebAssembly) settles on its code
 * during these runs instead of during the timed ones (docs/architecture.md, "Every backend warms up").
 */
export interface Warmup {
  size: number;
  runs: number;
  maxTimeS: number;
}

export interface AblationEntry {
  /** Passes that were on ("none" = plain lowering). */
  passes: string[];
  status: Status;
  error?: string;
  instructions?: number;
  moves?: number;
  staticInstructions?: number;
  staticBytes?: number;
}

export interface VmResult {
  status: Status;
  error?: string;
  counters?: Counters;
  /** The evalCode stage of each timed run (interpreter initialize excluded, as CPython's startup is). */
  timing?: Timing;
  /** benchmark.js's own figures for the same runs: the whole evaluate() call, fresh interpreter included. */
  timingEvaluate?: Timing;
  /**
   * Stack VM only (`pyvm bench --plain-stack`, the default): the same timing with quickening
   * off (no superinstructions), in processes of its own; its output is checked too.
   */
  timingPlain?: Timing;
  /** Why timingPlain is missing when it was asked for. */
  plainError?: string;
  /** Stage times of the counting run (ms), from RunOutcome.stageTimesMs. */
  stageTimesMs?: Record<string, number>;
  /** Register VM only: one counting run per variant, keyed "all", "none", "-copyprop", ... */
  ablation?: Record<string, AblationEntry>;
}

export interface PeerResult {
  status: Status;
  error?: string;
  version?: string;
  timing?: Timing;
}

export interface ProgramResult {
  name: string;
  description: string;
  size: number;
  /** CPython's output lines and characters (the output itself is what pyvm is checked against). */
  expectedOutputChars?: number;
  /** 'committed' when python3 was missing and benchmarks/expected/ was the reference. */
  expectedOutputSource?: 'committed';
  cpython: PeerResult;
  /**
   * CPython's dynamic instruction counts (sys.settrace, opcode events; RESUME and frame
   * prologues are invisible to it): quick runs only. The stack VM's reference.
   */
  cpythonCounts?: { status: Status; error?: string; instructions?: number; by_opcode?: Record<string, number> };
  vms: { stack?: VmResult; reg?: VmResult };
  peers: Record<string, PeerResult>;
}

export interface MachineInfo {
  platform: string;
  release: string;
  arch: string;
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  loadAverage: number[];
}

export interface BenchResults {
  schema: number;
  createdAt: string;
  mode: 'quick' | 'full';
  durationS: number;
  machine: MachineInfo;
  versions: { node: string; v8: string; cpython: string | null; pyvm: string; gitCommit: string | null };
  /** The command that produced these results, e.g. "pyvm bench --quick". */
  command?: string;
  options: {
    filter: string | null;
    vms: ('stack' | 'reg')[];
    maxTimeS: number;
    minSamples: number;
    ablation: boolean;
    peers: string[];
    /** Timing processes per program and backend (absent in results written before the option: 1). */
    processes?: number;
    /** 'rounds': the timing processes ran one of each backend per round (harness.ts benchProgram); absent: each backend's back to back. */
    processOrder?: 'rounds';
    /** The stack VM was timed without quickening too (VmResult.timingPlain); absent: false. */
    plainStack?: boolean;
    /** The warm-up at each program's quick size (its size: 'quick'); absent in results written before it. */
    warmup?: { runs: number; maxTimeS: number };
    /** Node.js flags of the JavaScript worker processes (harness.ts DEFAULT_NODE_FLAGS); absent in older results: none. */
    nodeFlags?: string[];
  };
  programs: ProgramResult[];
}

export class ResultsError extends Error {}

export function writeResults(file: string, r: BenchResults): void {
  fs.writeFileSync(file, JSON.stringify(r, null, 1) + '\n');
}

/** Reads and minimally validates a results file. */
export function readResults(file: string): BenchResults {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ResultsError(`cannot read results ${file}: ${(e as Error).message}`);
  }
  const r = data as Partial<BenchResults>;
  if (typeof r !== 'object' || r === null || r.schema !== RESULTS_SCHEMA || !Array.isArray(r.programs)) {
    throw new ResultsError(`${file} is not a pyvm bench results file (schema ${RESULTS_SCHEMA})`);
  }
  return r as BenchResults;
}

// The numbers a report shows, derived once from a results file: per-program rows (with
// null wherever a backend did not produce a figure, so nothing is invented) and the
// suite-wide geometric means that are set beside the published anchors.
import type { BenchResults, ProgramResult, Timing, VmResult } from '../benchmarks/harness/results';
import { geomean } from '../benchmarks/harness/stats';

/**
 * One benchmark's figures. Times are the best (minimum) of the timed runs, as Python's
 * timeit recommends: on a shared, loaded machine the noise only ever adds time, so the
 * minimum is the most repeatable figure; the medians are kept beside them.
 */
export interface Row {
  name: string;
  size: number;
  cpythonMs: number | null;
  stackMs: number | null;
  regMs: number | null;
  cpythonMedianMs: number | null;
  stackMedianMs: number | null;
  regMedianMs: number | null;
  /** The stack VM without quickening (VmResult.timingPlain), when it was timed. */
  stackPlainMs: number | null;
  stackPlainMedianMs: number | null;
  peersMs: Record<string, number | null>;
  stackInstr: number | null;
  /** The stack VM's count without RESUME and EXTENDED_ARG, comparable with CPython's traced count. */
  stackInstrTraceable: number | null;
  cpythonInstr: number | null;
  regInstr: number | null;
  pushes: number | null;
  pops: number | null;
  regReads: number | null;
  regWrites: number | null;
  moves: number | null;
  stackStaticBytes: number | null;
  regStaticBytes: number | null;
  stackStaticInstr: number | null;
  regStaticInstr: number | null;
  stackStatus: string;
  regStatus: string;
}

function ok(r: VmResult | undefined): VmResult | null {
  return r !== undefined && r.status === 'ok' ? r : null;
}

/** The best (minimum) time per run of a timing, in ms. */
export function best(t: Timing | undefined): number | null {
  if (t === undefined || t.sampleMs.length === 0) return null;
  return num(Math.min(...t.sampleMs));
}

function num(x: number | undefined): number | null {
  return x === undefined || !Number.isFinite(x) ? null : x;
}

export function rowOf(p: ProgramResult): Row {
  const s = ok(p.vms.stack);
  const r = ok(p.vms.reg);
  const peersMs: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(p.peers)) peersMs[k] = v.status === 'ok' ? best(v.timing) : null;
  return {
    name: p.name,
    size: p.size,
    cpythonMs: p.cpython.status === 'ok' ? best(p.cpython.timing) : null,
    stackMs: best(s?.timing),
    regMs: best(r?.timing),
    cpythonMedianMs: p.cpython.status === 'ok' ? num(p.cpython.timing?.medianMs) : null,
    stackMedianMs: num(s?.timing?.medianMs),
    regMedianMs: num(r?.timing?.medianMs),
    stackPlainMs: best(s?.timingPlain),
    stackPlainMedianMs: num(s?.timingPlain?.medianMs),
    peersMs,
    stackInstr: num(s?.counters?.stack?.instructions),
    stackInstrTraceable: traceable(s),
    cpythonInstr: p.cpythonCounts?.status === 'ok' ? num(p.cpythonCounts.instructions) : null,
    regInstr: num(r?.counters?.reg?.instructions),
    pushes: num(s?.counters?.stack?.pushes),
    pops: num(s?.counters?.stack?.pops),
    regReads: num(r?.counters?.reg?.reg_reads),
    regWrites: num(r?.counters?.reg?.reg_writes),
    moves: num(r?.counters?.reg?.moves),
    stackStaticBytes: num(s?.counters?.static?.stack?.bytes),
    regStaticBytes: num(r?.counters?.static?.reg?.bytes),
    stackStaticInstr: num(s?.counters?.static?.stack?.instructions),
    regStaticInstr: num(r?.counters?.static?.reg?.instructions),
    stackStatus: statusText(p.vms.stack),
    regStatus: statusText(p.vms.reg),
  };
}

function traceable(s: VmResult | null): number | null {
  const c = s?.counters?.stack;
  if (c === undefined) return null;
  return c.instructions - (c.by_opcode.RESUME ?? 0) - (c.by_opcode.EXTENDED_ARG ?? 0);
}

function statusText(r: VmResult | undefined): string {
  if (r === undefined) return 'not run';
  return r.status;
}

/** Ratios b/a over the rows where both are present; null when there are none. */
export function geomeanRatio(rows: Row[], a: (r: Row) => number | null, b: (r: Row) => number | null): { value: number; n: number } | null {
  const ratios: number[] = [];
  for (const r of rows) {
    const x = a(r);
    const y = b(r);
    if (x !== null && y !== null && x > 0 && y > 0) ratios.push(y / x);
  }
  return ratios.length === 0 ? null : { value: geomean(ratios), n: ratios.length };
}

export interface Summary {
  rows: Row[];
  peers: string[];
  /** reg / stack dynamic instructions (geomean). */
  instrRatio: { value: number; n: number } | null;
  /** reg / stack static bytes. */
  sizeRatio: { value: number; n: number } | null;
  /** reg / stack time. */
  timeRatio: { value: number; n: number } | null;
  /** reg / stack-without-quickening time (null when the plain stack VM was not timed). */
  timeRatioPlain: { value: number; n: number } | null;
  stackPlainVsCPython: { value: number; n: number } | null;
  stackVsCPython: { value: number; n: number } | null;
  regVsCPython: { value: number; n: number } | null;
  peersVsCPython: Record<string, { value: number; n: number } | null>;
}

export function summarize(res: BenchResults): Summary {
  const rows = res.programs.map(rowOf);
  const peers = [...new Set(res.programs.flatMap((p) => Object.keys(p.peers)))].sort();
  const peersVsCPython: Summary['peersVsCPython'] = {};
  for (const peer of peers) peersVsCPython[peer] = geomeanRatio(rows, (r) => r.cpythonMs, (r) => r.peersMs[peer] ?? null);
  return {
    rows,
    peers,
    instrRatio: geomeanRatio(rows, (r) => r.stackInstr, (r) => r.regInstr),
    sizeRatio: geomeanRatio(rows, (r) => r.stackStaticBytes, (r) => r.regStaticBytes),
    timeRatio: geomeanRatio(rows, (r) => r.stackMs, (r) => r.regMs),
    timeRatioPlain: geomeanRatio(rows, (r) => r.stackPlainMs, (r) => r.regMs),
    stackPlainVsCPython: geomeanRatio(rows, (r) => r.cpythonMs, (r) => r.stackPlainMs),
    stackVsCPython: geomeanRatio(rows, (r) => r.cpythonMs, (r) => r.stackMs),
    regVsCPython: geomeanRatio(rows, (r) => r.cpythonMs, (r) => r.regMs),
    peersVsCPython,
  };
}

/** Published figures the report sets beside pyvm's own. */
export const ANCHORS = {
  shi2005: {
    cite: 'Shi, Gregg, Beatty, Ertl: "Virtual Machine Showdown: Stack versus Registers", VEE 2005',
    fewerInstructionsPct: 47,
    moreCodePct: 25,
    lessTimePct: 32,
  },
  regcpython2023: { cite: 'RegCPython (2023): a register-based CPython 3.10', speedupOverCPython: 1.12 },
  peers: {
    cite: 'measured on this kind of machine (shared/toolchain.md): in-process, program loaded, median of 9 runs, geomean of 4 programs',
    timesCPython: { pyodide: 2.0, skulpt: 7.1, micropython_wasm: 10.9, brython: 14.9 } as Record<string, number>,
  },
};

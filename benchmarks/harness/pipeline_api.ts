// The harness's view of V's pipeline API (cli/pipeline.ts: prepare + evaluate), loaded
// at run time from the compiled dist/ so that the harness builds and runs before that
// module exists: a missing or failing pipeline becomes an error in the results, and the
// rest of the suite (CPython, the other backend) still runs. The types mirror the
// contract in the team's common notes; only the members the harness uses are listed.
import * as fs from 'fs';
import * as path from 'path';
import type { Counters } from './results';

export type VmKind = 'stack' | 'reg';

export interface RunOptions {
  vm: VmKind;
  argv?: string[];
  write?: (stream: 'stdout' | 'stderr', text: string) => void;
  stdin?: string;
  counting?: boolean;
  passes?: string[];
}

export interface RunOutcome {
  exitStatus: number;
  counters: Counters | null;
  stageTimesMs: Record<string, number>;
}

/** Opaque to the harness: whatever prepare() returns is handed back to evaluate(). */
export type PreparedProgram = object;

export interface PipelineApi {
  prepare(path: string, opts: RunOptions): PreparedProgram;
  evaluate(p: PreparedProgram, opts: RunOptions): RunOutcome;
}

export class PipelineUnavailable extends Error {}

function isPipelineApi(m: unknown): m is PipelineApi {
  const o = m as Partial<PipelineApi> | null;
  return typeof o === 'object' && o !== null && typeof o.prepare === 'function' && typeof o.evaluate === 'function';
}

/**
 * Loads dist/cli/pipeline.js (this file runs from dist/benchmarks/harness/). Backends that
 * register themselves on import (the register VM) are loaded by the pipeline module itself.
 */
export function loadPipeline(): PipelineApi {
  const distRoot = path.resolve(__dirname, '..', '..');
  const file = path.join(distRoot, 'cli', 'pipeline.js');
  if (!fs.existsSync(file)) throw new PipelineUnavailable(`pipeline not built: ${file} does not exist`);
  let mod: unknown;
  try {
    mod = require(file) as unknown;
  } catch (e) {
    throw new PipelineUnavailable(`cannot load ${file}: ${describeError(e)}`);
  }
  if (!isPipelineApi(mod)) throw new PipelineUnavailable(`${file} exports no prepare()/evaluate() yet`);
  return mod;
}

/** One line for the results file: the error's class and message, never a JavaScript stack. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const msg = e.message.split('\n')[0];
    return `${e.name}: ${msg}`.slice(0, 400);
  }
  if (typeof e === 'object' && e !== null) {
    // Python exceptions may be thrown as runtime objects; show their type name if present.
    const o = e as { type?: { name?: unknown }; toString?: () => string };
    if (o.type !== undefined && typeof o.type.name === 'string') return `Python exception ${o.type.name}`;
  }
  return String(e).slice(0, 400);
}

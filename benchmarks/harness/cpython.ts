// The CPython 3.11 reference column: runs benchmarks/harness/cpython_driver.py, which
// compiles the program once and times exec() runs in one python3 process (startup left
// out, as the pyvm worker leaves out prepare()). Its first run's output is what every
// backend's output is checked against.
import * as path from 'path';
import { spawnSync } from 'child_process';
import { childFailure, lastJsonLine, runChild } from './child';
import type { PeerResult, ProgramResult, Warmup } from './results';
import { timingFromSamples } from './stats';

export const PYTHON = process.env.PYVM_PYTHON ?? 'python3';

interface DriverOutput {
  version: string;
  implementation: string;
  output: string;
  samples: number[];
}

/** "3.11.7", or null when python3 is not installed. */
export function cpythonVersion(): string | null {
  const r = spawnSync(PYTHON, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
  if (r.status !== 0 || r.error !== undefined) return null;
  return r.stdout.trim();
}

export async function runCPython(
  root: string,
  file: string,
  size: number,
  maxTimeS: number,
  minSamples: number,
  timeoutMs: number,
  warmup: Warmup | null = null,
): Promise<{ result: PeerResult; output: string | null }> {
  const driver = path.join(root, 'benchmarks', 'harness', 'cpython_driver.py');
  const args = [driver, file, String(size), String(maxTimeS), String(minSamples)];
  if (warmup !== null) args.push('wall', String(warmup.size), String(warmup.runs), String(warmup.maxTimeS));
  const o = await runChild(PYTHON, args, '', timeoutMs, path.dirname(file));
  const d = o.status === 0 ? lastJsonLine<DriverOutput>(o.stdout, '{') : null;
  if (d === null) {
    return { result: { status: 'error', error: childFailure(o, timeoutMs) }, output: null };
  }
  return { result: { status: 'ok', version: d.version, timing: timingFromSamples(d.samples) }, output: d.output };
}

/** The program's stdout at `size` from a plain python3 run, or null when it fails. */
export async function cpythonOutput(file: string, size: number, timeoutMs: number): Promise<string | null> {
  const o = await runChild(PYTHON, [file, String(size)], '', timeoutMs, path.dirname(file));
  return o.status === 0 ? o.stdout : null;
}

/** CPython's dynamic instruction counts of one run (cpython_counts.py). */
export async function cpythonCounts(root: string, file: string, size: number, timeoutMs: number): Promise<NonNullable<ProgramResult['cpythonCounts']>> {
  const script = path.join(root, 'benchmarks', 'harness', 'cpython_counts.py');
  const o = await runChild(PYTHON, [script, file, String(size)], '', timeoutMs, path.dirname(file));
  const d = o.status === 0 ? lastJsonLine<{ instructions: number; by_opcode: Record<string, number> }>(o.stdout, '{') : null;
  if (d === null) return { status: 'error', error: childFailure(o, timeoutMs) };
  return { status: 'ok', instructions: d.instructions, by_opcode: d.by_opcode };
}

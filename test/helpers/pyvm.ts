// Runs the compiled pyvm command (bin/pyvm -> dist/) as a child process, for tests that
// check what a user sees: stdout, stderr and the exit status.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const PYVM_BIN = path.join(REPO_ROOT, 'bin', 'pyvm');

/**
 * The Node.js flags on bin/pyvm's shebang line (`#!/usr/bin/env -S node FLAGS`): a test that
 * spawns `node bin/pyvm` passes them itself, so that it runs pyvm as a user's shell does.
 */
export const PYVM_NODE_FLAGS: string[] = shebangFlags(fs.readFileSync(PYVM_BIN, 'utf8').split('\n', 1)[0]);

function shebangFlags(line: string): string[] {
  const words = line.replace(/^#!/, '').trim().split(/\s+/);
  const node = words.indexOf('node');
  if (node < 0) throw new Error(`bin/pyvm: no node on its shebang line: ${line}`);
  return words.slice(node + 1);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runPyvm(
  args: string[],
  opts: { input?: string; cwd?: string; timeoutMs?: number } = {},
): RunResult {
  const r = spawnSync(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs CPython 3.11 (the reference) on a file. */
export function runCPython(file: string, args: string[] = [], cwd?: string): RunResult {
  const r = spawnSync('python3', [file, ...args], {
    cwd: cwd ?? path.dirname(file),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

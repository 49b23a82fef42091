// Child processes of the harness: spawn, feed stdin, collect stdout/stderr, enforce a
// timeout. Asynchronous so that the terminal shows progress while a job runs.
import { spawn } from 'child_process';

export interface ChildOutcome {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the program could not be started at all (e.g. python3 missing). */
  spawnError?: string;
}

export function runChild(cmd: string, args: string[], input: string, timeoutMs: number, cwd?: string): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ status: null, signal: null, stdout, stderr, timedOut, spawnError: e.message });
    });
    child.on('close', (status, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
    child.stdin.on('error', () => undefined); // the child may exit before reading its input
    child.stdin.end(input);
  });
}

/**
 * The JSON object on the last stdout line that starts with prefix. The prefix is a tag
 * (stripped) unless it is "{", the first character of the JSON itself (kept).
 */
export function lastJsonLine<T>(stdout: string, prefix: string): T | null {
  const strip = prefix === '{' ? 0 : prefix.length;
  const lines = stdout.split('\n').filter((l) => l.startsWith(prefix) && l.length > strip);
  if (lines.length === 0) return null;
  try {
    return JSON.parse(lines[lines.length - 1].slice(strip)) as T;
  } catch {
    return null;
  }
}

/** A one-line reason for a child that did not produce a result. */
export function childFailure(o: ChildOutcome, timeoutMs: number): string {
  if (o.spawnError !== undefined) return `could not start: ${o.spawnError}`;
  if (o.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  const tail = o.stderr.trimEnd().split('\n').slice(-2).join(' | ');
  return `exited with ${o.signal ?? `status ${o.status}`}${tail ? ': ' + tail : ''}`.slice(0, 400);
}

/** All of this process's stdin as text (a worker reads its job this way). */
export function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d: string) => (data += d));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', reject);
  });
}

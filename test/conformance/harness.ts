// The conformance suite's machinery, shared by conformance.test.ts (programs from source on
// both VMs, and CPython's .pyc files on the stack VM):
//   * listing the programs and their goldens (NAME.expected.json, written by
//     scripts/gen-conformance-golden.py from CPython 3.11);
//   * running them on pyvm: in-process batches (batch-worker.ts, two worker processes
//     because the machines have two cores), with a watchdog for hangs, falling back to
//     spawning `pyvm run` per program when a program crashes its worker or when
//     cli/pipeline is not built;
//   * judging an outcome (stdout, exit status, last non-empty stderr line must all equal
//     CPython's) and the known-failures lists (one `PROGRAM  reason` per line), which the
//     tests keep honest: an unlisted failure fails, and so does a listed program that passes.
//     UPDATE_KNOWN_FAILURES=1 rewrites a list from the current results instead.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PYVM_NODE_FLAGS } from '../helpers/pyvm';

export const CONFORMANCE_DIR = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(__dirname, '..', '..', '..', 'test', 'conformance')
  : __dirname;
export const REPO_ROOT = path.resolve(CONFORMANCE_DIR, '..', '..');
const WORKER_JS = path.join(REPO_ROOT, 'dist', 'test', 'conformance', 'batch-worker.js');
const PYVM_BIN = path.join(REPO_ROOT, 'bin', 'pyvm');
const SUITES = ['core', 'objects'];
/** A program making no progress for this long is killed and counted as a hang. */
const HANG_MS = 40_000;
const WORKERS = Math.max(1, Math.min(2, os.cpus().length));

export interface Expected {
  stdout: string;
  exit_status: number;
  stderr_last_line: string;
  argv: string[];
  stdin: string | null;
  /** All of stderr, for programs exiting with a non-zero status; file names relative to the program's directory. */
  stderr?: string;
}

export interface Program {
  /** Path relative to test/conformance/ with '/' separators, e.g. "core/int_basic.py". */
  rel: string;
  /** The file pyvm runs (the .py, or its .pyc under pyc/). */
  file: string;
  expected: Expected;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  /** null: killed as a hang. */
  status: number | null;
}

function isInPackage(file: string): boolean {
  let d = path.dirname(file);
  while (d.startsWith(CONFORMANCE_DIR) && d !== CONFORMANCE_DIR) {
    if (fs.existsSync(path.join(d, '__init__.py'))) return true;
    d = path.dirname(d);
  }
  return false;
}

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) {
      if (name !== '__pycache__') walk(full, out);
    } else if (name.endsWith('.py')) {
      out.push(full);
    }
  }
}

/** Every program file (helper modules excluded), as scripts/gen-conformance-golden.py defines them. */
export function listProgramFiles(): string[] {
  const files: string[] = [];
  for (const s of SUITES) walk(path.join(CONFORMANCE_DIR, s), files);
  return files.filter((f) => {
    const base = path.basename(f);
    return !(base.startsWith('mod_') || base.startsWith('_') || isInPackage(f));
  });
}

/** CONFORMANCE_FILTER=substring[,substring...] narrows a run (for debugging one area). */
export const FILTER = (process.env.CONFORMANCE_FILTER ?? '').split(',').filter((s) => s !== '');

/** The programs that have a golden beside them (narrowed by CONFORMANCE_FILTER). */
export function listPrograms(kind: 'py' | 'pyc', applyFilter = true): Program[] {
  const out: Program[] = [];
  for (const f of listProgramFiles()) {
    const golden = f.slice(0, -3) + '.expected.json';
    if (!fs.existsSync(golden)) continue;
    const rel = path.relative(CONFORMANCE_DIR, f).split(path.sep).join('/');
    if (applyFilter && FILTER.length > 0 && !FILTER.some((s) => rel.includes(s))) continue;
    const file = kind === 'py' ? f : path.join(CONFORMANCE_DIR, 'pyc', rel.slice(0, -3) + '.pyc');
    if (kind === 'pyc' && !fs.existsSync(file)) continue; // a SyntaxError on purpose has no .pyc
    out.push({ rel, file, expected: JSON.parse(fs.readFileSync(golden, 'utf8')) as Expected });
  }
  return out;
}

export function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** null when the outcome is CPython's; otherwise a one-line reason. */
export function judge(p: Program, o: Outcome | undefined): string | null {
  if (o === undefined) return 'not run';
  if (o.status === null) return 'hang (killed after no progress)';
  const e = p.expected;
  const got = lastLine(o.stderr);
  if (o.status !== e.exit_status) {
    return `exit status ${o.status}, expected ${e.exit_status}: ${got.slice(0, 100)}`;
  }
  if (o.stdout !== e.stdout) {
    const a = o.stdout.split('\n');
    const b = e.stdout.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return `stdout differs at line ${i + 1}: got ${JSON.stringify((a[i] ?? '').slice(0, 60))}, expected ${JSON.stringify((b[i] ?? '').slice(0, 60))}`;
  }
  if (got !== e.stderr_last_line) {
    return `last stderr line ${JSON.stringify(got.slice(0, 80))}, expected ${JSON.stringify(e.stderr_last_line.slice(0, 80))}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Running
//
// Environment: CONFORMANCE_SPAWN=1 runs every program through `bin/pyvm run` instead of the
// in-process worker; CONFORMANCE_FILTER=a,b runs only programs whose path contains a or b.

function spawnOne(vm: string, p: Program): Promise<Outcome> {
  return spawnPyvm(['run', '--vm', vm, p.file, ...p.expected.argv], path.dirname(p.file), p.expected.stdin ?? '');
}

/** Runs `pyvm ARGS` (bin/pyvm -> dist/) asynchronously; status null when killed as a hang. */
export function spawnPyvm(args: string[], cwd: string, stdin: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, status: hung ? null : code ?? 1 });
    });
  });
}

interface WorkerLine {
  start?: string;
  id?: string;
  stdout?: string;
  stderr?: string;
  status?: number;
  nopipeline?: string;
}

/** Runs a batch in one worker; returns the results, the job that was running when it died, and whether a pipeline existed. */
function runWorker(
  vm: string,
  jobs: Program[],
  tmp: string,
  tag: string,
): Promise<{ results: Map<string, Outcome>; died: string | null; hung: boolean; nopipeline: boolean }> {
  const jobsFile = path.join(tmp, `jobs-${tag}.json`);
  const resultsFile = path.join(tmp, `results-${tag}.jsonl`);
  fs.writeFileSync(
    jobsFile,
    JSON.stringify(jobs.map((p) => ({ id: p.rel, path: p.file, argv: p.expected.argv, stdin: p.expected.stdin }))),
  );
  fs.writeFileSync(resultsFile, '');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...PYVM_NODE_FLAGS, WORKER_JS, vm, jobsFile, resultsFile], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    let lastSize = 0;
    let lastChange = Date.now();
    let hung = false;
    const poll = setInterval(() => {
      let size = 0;
      try {
        size = fs.statSync(resultsFile).size;
      } catch {
        /* not yet */
      }
      if (size !== lastSize) {
        lastSize = size;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > HANG_MS) {
        hung = true;
        child.kill('SIGKILL');
      }
    }, 250);
    child.on('close', () => {
      clearInterval(poll);
      const results = new Map<string, Outcome>();
      let running: string | null = null;
      let nopipeline = false;
      for (const line of fs.readFileSync(resultsFile, 'utf8').split('\n')) {
        if (!line) continue;
        let r: WorkerLine;
        try {
          r = JSON.parse(line) as WorkerLine;
        } catch {
          continue; // a line cut short by a kill
        }
        if (r.nopipeline !== undefined) nopipeline = true;
        else if (r.start !== undefined) running = r.start;
        else if (r.id !== undefined) {
          results.set(r.id, { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? 1 });
          running = null;
        }
      }
      resolve({ results, died: running, hung, nopipeline });
    });
  });
}

export async function pool<T>(items: T[], width: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]);
    }
  });
  await Promise.all(lanes);
}

/** Failures are run a second time: in this shared working tree dist/ is rebuilt by other
 * work at any moment, and a run that straddles a rebuild fails for no fault of its own
 * (a whole run can: then the second pass waits a little for the rebuild to finish). */
const MANY_FAILURES = 40;

/**
 * Runs every program on pyvm `run --vm VM`; the map is keyed by Program.rel. With `judgeFn`,
 * programs it judges failed are run once more and the second outcome is kept.
 */
export async function runPrograms(
  vm: string,
  programs: Program[],
  judgeFn?: (p: Program, o: Outcome | undefined) => string | null,
): Promise<Map<string, Outcome>> {
  const first = await runProgramsOnce(vm, programs);
  if (judgeFn === undefined) return first;
  const failed = programs.filter((p) => judgeFn(p, first.get(p.rel)) !== null);
  if (failed.length === 0) return first;
  if (failed.length > MANY_FAILURES) await new Promise((r) => setTimeout(r, 5_000));
  const second = await runProgramsOnce(vm, failed);
  for (const [k, v] of second) first.set(k, v);
  return first;
}

async function runProgramsOnce(vm: string, programs: Program[]): Promise<Map<string, Outcome>> {
  const all = new Map<string, Outcome>();
  if (!fs.existsSync(WORKER_JS)) {
    throw new Error(`${WORKER_JS} is missing: build first with npx tsc -p tsconfig.json`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-conf-'));
  const byRel = new Map(programs.map((p) => [p.rel, p]));
  const toSpawn: Program[] = [];
  let serial = 0;
  if (process.env.CONFORMANCE_SPAWN === '1') {
    // Every program through the CLI, as a user runs it (slower; for checking the in-process runs).
    await pool(programs, WORKERS, async (p) => {
      all.set(p.rel, await spawnOne(vm, p));
    });
    return all;
  }
  // Round-robin split so that both workers see both suites.
  const lanes: Program[][] = Array.from({ length: WORKERS }, () => []);
  programs.forEach((p, i) => lanes[i % WORKERS].push(p));
  await Promise.all(
    lanes.map(async (lane) => {
      let rest = lane;
      while (rest.length > 0) {
        const r = await runWorker(vm, rest, tmp, `${vm}-${serial++}`);
        if (r.nopipeline) {
          toSpawn.push(...rest);
          return;
        }
        for (const [id, o] of r.results) all.set(id, o);
        if (r.died !== null) {
          const dead = byRel.get(r.died);
          if (r.hung) all.set(r.died, { stdout: '', stderr: '', status: null });
          else if (dead !== undefined) toSpawn.push(dead); // crashed the worker: the CLI's own run decides
        }
        rest = rest.filter((p) => !all.has(p.rel) && p.rel !== r.died);
      }
    }),
  );
  await pool(toSpawn, WORKERS, async (p) => {
    all.set(p.rel, await spawnOne(vm, p));
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  return all;
}

// ---------------------------------------------------------------------------------------
// Known failures

export function knownFailuresPath(name: string): string {
  return path.join(CONFORMANCE_DIR, `known-failures.${name}.txt`);
}

/** PROGRAM -> reason. Lines: `core/x.py  reason`; '#' starts a comment line. */
export function readKnownFailures(name: string): Map<string, string> {
  const file = knownFailuresPath(name);
  const out = new Map<string, string>();
  if (!fs.existsSync(file)) return out;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

/**
 * Rewrites a list from this run: `ran` are the programs this run judged (all of them unless
 * CONFORMANCE_FILTER narrowed it); entries for programs it did not run are kept.
 */
export function writeKnownFailures(name: string, failures: Map<string, string>, ran: Set<string>): void {
  const old = readKnownFailures(name);
  const merged = new Map<string, string>();
  for (const [k, v] of old) if (!ran.has(k)) merged.set(k, v);
  for (const [k, v] of failures) {
    // A reason written by hand ("known: ...") survives as long as the program still fails.
    const kept = old.get(k);
    merged.set(k, kept !== undefined && kept.startsWith('known:') ? kept : v);
  }
  failures = merged;
  const header =
    `# Conformance programs that do not yet behave as CPython 3.11 on ${name}; one per line:\n` +
    `# PROGRAM  reason. The test fails on an unlisted failure and on a listed program that passes.\n` +
    `# A reason starting with "known:" is written by hand and kept when the list is regenerated.\n` +
    `# Regenerate: npx tsc -p tsconfig.json && UPDATE_KNOWN_FAILURES=1 npx vitest run test/conformance/\n`;
  const lines = [...failures.keys()].sort().map((k) => `${k}  ${(failures.get(k) ?? '').replace(/\s+/g, ' ')}`);
  fs.writeFileSync(knownFailuresPath(name), header + lines.join('\n') + (lines.length ? '\n' : ''));
}

export const UPDATE_KNOWN_FAILURES = process.env.UPDATE_KNOWN_FAILURES === '1';

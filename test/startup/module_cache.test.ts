// pyvm's compiled-module cache (cli/module_cache.ts) must never change what a program does:
// the same stdout, stderr and exit status as python3 and as pyvm without the cache, on a cold
// run (which writes entries), on a warm run (which reads them and writes nothing), after a
// module is rewritten with the same size, with damaged entries, and for a module whose compile
// warns (never stored: CPython with dont_write_bytecode warns on every import).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PYVM_BIN, PYVM_NODE_FLAGS } from '../helpers/pyvm';

const MAIN = [
  'import helper',
  'import abc                      # a built-in module written in Python (<frozen abc>)',
  'print(helper.greet("pyvm"), isinstance(abc.ABC, type))',
  'helper.divide(1, 0)',
  '',
].join('\n');

const HELPER_A = [
  'def greet(name):',
  '    return "hello " + name',
  'def divide(a, b):',
  '    return a / b',
  '',
].join('\n');

// The same size as HELPER_A, other behaviour: a stale entry would print the old greeting.
const HELPER_B = HELPER_A.replace('"hello "', '"howdy "');

const WARNS = ['def check(x):', '    return x is 1', 'print(check(1))', ''].join('\n');

type Result = { status: number | null; stdout: string; stderr: string };

function run(dir: string, file: string, env: Record<string, string>, vm = 'stack'): Result {
  const r = spawnSync(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, 'run', '--vm', vm, file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** python3 -B: no __pycache__ (its mtime-and-size check would miss HELPER_B's rewrite). */
function runCPython(dir: string): Result {
  const r = spawnSync('python3', ['-B', 'main.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function entries(cacheDir: string): string[] {
  return fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith('.pyc')).sort() : [];
}

describe('compiled-module cache', () => {
  it('gives python3\'s results without, cold, warm, after a rewrite and with damaged entries', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-mc-test-'));
    try {
      const cacheDir = path.join(dir, 'cache');
      const env = { PYVM_MODULE_CACHE_DIR: cacheDir };
      fs.writeFileSync(path.join(dir, 'main.py'), MAIN);
      fs.writeFileSync(path.join(dir, 'helper.py'), HELPER_A);
      const cp = runCPython(dir);
      expect(cp.stdout).toBe('hello pyvm True\n');
      expect(cp.stderr).toMatch(/ZeroDivisionError: division by zero\n$/);

      const plain = run(dir, 'main.py', { PYVM_NO_MODULE_CACHE: '1', ...env });
      expect(plain).toEqual(cp);
      expect(entries(cacheDir)).toEqual([]);

      const cold = run(dir, 'main.py', env);
      expect(cold).toEqual(cp);
      const written = entries(cacheDir);
      expect(written.length).toBeGreaterThanOrEqual(2); // helper.py and <frozen abc> at least

      // A warm run reads the entries and rewrites none (their mtimes stay in the past). The
      // traceback's lines and carets through helper.py come from the cached code.
      const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000); // whole seconds: exact on every file system
      for (const f of written) fs.utimesSync(path.join(cacheDir, f), past, past);
      for (const vm of ['stack', 'reg']) expect(run(dir, 'main.py', env, vm)).toEqual(cp);
      expect(entries(cacheDir)).toEqual(written);
      for (const f of written) expect(Math.round(fs.statSync(path.join(cacheDir, f)).mtimeMs)).toBe(past.getTime());

      // Rewritten within the same second, same size: the new source is compiled.
      expect(HELPER_B.length).toBe(HELPER_A.length);
      fs.writeFileSync(path.join(dir, 'helper.py'), HELPER_B);
      const cpB = runCPython(dir);
      expect(cpB.stdout).toBe('howdy pyvm True\n');
      expect(run(dir, 'main.py', env)).toEqual(cpB);

      // Damaged entries are compiled again and replaced (the cache holds this program's only).
      fs.rmSync(cacheDir, { recursive: true, force: true });
      expect(run(dir, 'main.py', env)).toEqual(cpB);
      for (const f of entries(cacheDir)) fs.writeFileSync(path.join(cacheDir, f), 'not a pyc');
      expect(run(dir, 'main.py', env)).toEqual(cpB);
      expect(run(dir, 'main.py', env)).toEqual(cpB);
      for (const f of entries(cacheDir)) expect(fs.readFileSync(path.join(cacheDir, f), 'utf8')).not.toBe('not a pyc');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('does not store a module whose compile warned, so it warns on every import', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-mc-test-'));
    try {
      const cacheDir = path.join(dir, 'cache');
      const env = { PYVM_MODULE_CACHE_DIR: cacheDir };
      fs.writeFileSync(path.join(dir, 'main.py'), 'import warns\n');
      fs.writeFileSync(path.join(dir, 'warns.py'), WARNS);
      const cp = runCPython(dir);
      expect(cp.stderr).toContain('SyntaxWarning: "is" with a literal. Did you mean "=="?');
      const first = run(dir, 'main.py', env);
      expect(first).toEqual(cp);
      const stored = entries(cacheDir);
      expect(run(dir, 'main.py', env)).toEqual(cp);
      expect(entries(cacheDir)).toEqual(stored);
      // warns.py has no entry: removing the warning makes the next run store one more.
      fs.writeFileSync(path.join(dir, 'warns.py'), WARNS.replace('x is 1', 'x == 1'));
      expect(run(dir, 'main.py', env).stdout).toBe('True\n');
      expect(entries(cacheDir).length).toBe(stored.length + 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

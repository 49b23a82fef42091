// CPython's own pure-Python standard library run by pyvm: each program in host_stdlib/ imports
// modules from the host CPython's Lib directory (found with python3, put on PYTHONPATH as a
// user would) and must print, on both VMs, exactly what python3 prints (stdout, stderr, exit
// status). The modules are CPython's, not pyvm's; what these programs check is the runtime
// under them (the C modules pyvm provides in their place: errno, binascii, _weakref ...; sys's,
// types', functools' and collections' names). Runs the compiled pyvm (dist/, or the build in
// $PYVM_TEST_DIST).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/pyvm';

const DIR = path.join(__dirname, 'host_stdlib');
const DIST = process.env.PYVM_TEST_DIST ?? path.join(REPO_ROOT, 'dist');
const MAIN = path.join(DIST, 'cli', 'main.js');

function stdlibDir(): string {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 could not name its stdlib directory: ${r.stderr}`);
  return r.stdout.trim();
}

const programs = fs.readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

describe('CPython pure-Python stdlib modules on pyvm (PYTHONPATH = python3\'s Lib)', () => {
  const lib = stdlibDir();
  const env = { ...process.env, PYTHONPATH: lib, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8' };
  it('has programs', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(fs.existsSync(MAIN)).toBe(true);
  });
  for (const prog of programs) {
    it(prog, () => {
      const file = path.join(DIR, prog);
      const opts = { encoding: 'utf8' as const, env, cwd: DIR, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 };
      const cp = spawnSync('python3', [file], opts);
      for (const vm of ['stack', 'reg']) {
        const r = spawnSync(process.execPath, [MAIN, 'run', '--vm', vm, file], opts);
        expect({ vm, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ vm, stdout: cp.stdout, stderr: cp.stderr, status: cp.status });
      }
    }, 300_000);
  }
});

// The pyvm command's dispatcher: help, --version, unknown commands, the exit statuses, and
// the options every run shares (-c CMD, --passes).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runPyvm, PYVM_BIN, PYVM_NODE_FLAGS } from './helpers/pyvm';

describe('pyvm command line', () => {
  it('prints usage listing every command with --help', () => {
    const r = runPyvm(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['run', 'ast', 'dis', 'trace', 'stats', 'bench', 'report']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    }
  });

  it('rejects an unknown command with status 2 and no JavaScript stack', () => {
    const r = runPyvm(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its version with --version', () => {
    const r = runPyvm(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pyvm \d+\.\d+\.\d+ \(Python 3\.11 bytecode\)\n$/);
  });

  it("runs -c CMD as python3 -c does (sys.argv, '<string>' in tracebacks), on both VMs", () => {
    const cmd = 'import sys\nprint(sys.argv)\n1/0';
    const cp = spawnSync('python3', ['-c', cmd, 'a', 'b'], { encoding: 'utf8' });
    for (const vm of ['stack', 'reg']) {
      const r = runPyvm(['run', '--vm', vm, '-c', cmd, 'a', 'b']);
      expect(r.status).toBe(cp.status);
      expect(r.stdout).toBe(cp.stdout);
      expect(r.stderr).toBe(cp.stderr);
    }
    const missing = runPyvm(['run', '-c']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Argument expected for the -c option');
  });

  it('puts the directories of PYTHONPATH on sys.path after the script directory, as CPython', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-pythonpath-'));
    const lib = path.join(root, 'lib');
    fs.mkdirSync(path.join(lib, 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(lib, 'helper_mod.py'), 'VALUE = 42\n');
    fs.writeFileSync(path.join(lib, 'pkg', '__init__.py'), 'from .inner import f\n');
    fs.writeFileSync(path.join(lib, 'pkg', 'inner.py'), 'def f():\n    return "inner"\n');
    const script = path.join(root, 'main.py');
    fs.writeFileSync(script, 'import sys, helper_mod, pkg\nprint(sys.path[1:3], helper_mod.VALUE, pkg.f())\n');
    // an empty entry (the current directory) and a repeated one, as CPython treats them
    const env = { ...process.env, PYTHONPATH: `${lib}${path.delimiter}${path.delimiter}${lib}` };
    const cp = spawnSync('python3', [script], { encoding: 'utf8', env, cwd: root });
    expect(cp.stdout).toBe(`${JSON.stringify([lib, root]).replace(/"/g, "'").replace(/,/g, ', ')} 42 inner\n`);
    for (const vm of ['stack', 'reg']) {
      const r = spawnSync(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, 'run', '--vm', vm, script], { encoding: 'utf8', env, cwd: root });
      expect(r.stdout).toBe(cp.stdout);
      expect(r.status).toBe(0);
    }
    const c = spawnSync(process.execPath, [...PYVM_NODE_FLAGS, PYVM_BIN, 'run', '-c', 'import sys; print(repr(sys.path[0]))'], { encoding: 'utf8' });
    expect(c.stdout).toBe("''\n");
  });

  it('rejects an unknown translator pass as a usage error (status 2), in run and dis', () => {
    for (const args of [['run', '--vm', 'reg', '--passes', 'nonsense', '-c', 'pass'], ['run', '--passes=-nope', '-c', 'pass'], ['dis', '--vm', 'reg', '--passes', '-binop2,-nope', '-']]) {
      const r = runPyvm(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/unknown translator pass '(nonsense|nope)' \(known: copyprop, /);
      expect(r.stderr).not.toContain('internal error');
    }
    const ok = runPyvm(['run', '--vm', 'reg', '--passes=-binop2', '-c', 'print(6 * 7)']);
    expect(ok.stdout).toBe('42\n');
    expect(ok.status).toBe(0);
  });
});

describe('compile-time errors of pyvm run', () => {
  it("prints 'break' outside loop with its source line and carets, as CPython", () => {
    const fs = require('fs') as typeof import('fs');
    const os = require('os') as typeof import('os');
    const path = require('path') as typeof import('path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-cli-'));
    const file = path.join(dir, 'brk.py');
    fs.writeFileSync(file, 'def f():\n    pass\nbreak\n');
    const r = runPyvm(['run', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`  File "${file}", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n`);
  });
});

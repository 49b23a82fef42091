// The pyvm command's dispatcher: help, unknown commands, and the exit statuses.
import { describe, expect, it } from 'vitest';
import { runPyvm } from './helpers/pyvm';

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

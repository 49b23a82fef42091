// What a user sees from the stack VM's commands (built CLI: npx tsc -p tsconfig.json first):
// `pyvm run` exit statuses and CPython's error texts, `--stages`, `pyvm stats --json`'s
// design.md shape, `pyvm trace`'s per-instruction lines.
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { runPyvm } from '../helpers/pyvm';

const PROGS = path.join(__dirname, 'programs');

describe('pyvm run / stats / trace (stack VM)', () => {
  it('runs a .py and a CPython .pyc with the same output', () => {
    const a = runPyvm(['run', path.join(PROGS, 'generators.py')]);
    const b = runPyvm(['run', path.join(PROGS, 'generators.pyc')]);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('inner returned done');
    expect(b.stdout).toBe(a.stdout);
  });

  it('reports a missing file and an uncaught exception as CPython does, without a JS stack', () => {
    const m = runPyvm(['run', path.join(PROGS, 'no_such_file.py')]);
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/can't open file '.*no_such_file\.py': \[Errno 2\] No such file or directory/);
    const e = runPyvm(['run', path.join(PROGS, 'errors.py')]);
    expect(e.status).toBe(1);
    expect(e.stderr).toContain('Traceback (most recent call last):');
    expect(e.stderr.trim().split('\n').pop()).toBe("AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?");
    expect(e.stderr).not.toMatch(/\n\s+at /);
  });

  it('--stages prints the time of every pipeline stage', () => {
    const r = runPyvm(['run', '--stages', path.join(PROGS, 'loops_calls.py')]);
    expect(r.status).toBe(0);
    for (const stage of ['initialize', 'runFile', 'parse', 'compile', 'evalCode', 'finalize']) {
      expect(r.stderr).toMatch(new RegExp(`^${stage}\\s+\\d+\\.\\d+ ms$`, 'm'));
    }
  });

  it('stats --json prints one design.md-shaped object on the last line, program output discarded', () => {
    const r = runPyvm(['stats', '--vm', 'stack', '--json', path.join(PROGS, 'loops_calls.py')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(1);
    const j = JSON.parse(lines[0]) as {
      program: string;
      stack: { instructions: number; by_opcode: Record<string, number>; pushes: number; pops: number; max_stack_depth: number };
      static: { stack: { code_objects: number; instructions: number; bytes: number } };
    };
    expect(j.stack.instructions).toBe(27138);
    expect(Object.values(j.stack.by_opcode).reduce((a, b) => a + b, 0)).toBe(j.stack.instructions);
    expect(j.stack.pushes).toBeGreaterThan(0);
    expect(j.stack.max_stack_depth).toBeGreaterThan(0);
    expect(j.static.stack.code_objects).toBe(6);
    expect(j.static.stack.bytes % 2).toBe(0);
    const shown = runPyvm(['stats', '--json', '--show-output', path.join(PROGS, 'loops_calls.py')]);
    expect(shown.stdout.split('\n')[0]).toBe('6607 610');
  });

  it('trace prints line, offset, opname, argument, depth and the top of the stack', () => {
    const r = runPyvm(['trace', path.join(PROGS, 'loops_calls.py')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^--- <module> \(.*loops_calls\.py:1\)$/m);
    expect(r.stdout).toMatch(/^\s+1\s+\d+ LOAD_CONST\s+\d+\s+depth=0$/m);
    expect(r.stdout).toMatch(/BINARY_OP\s+\d+\s+depth=2\s+top: \S+ \| \S+/);
  });
});

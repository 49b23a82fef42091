// The eval loop's deoptimisations after a benchmark process's first run: the check behind
// the VMs' warm-up devices (the stack VM's primer and eager first run, the register VM's
// eager first run and generic-elements constant tuples; docs/architecture.md). A child node
// runs a benchmark program three times in one process, as a benchmark worker does, under
// --trace-deopt (and the workers' --no-concurrent-recompilation), and the bailouts of the VM's
// loop function from run 2 on are returned: the report samples runs 2-3, so any line here is
// a recompile inside a timed run.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { expect } from 'vitest';

/** The checkout (also when this file runs compiled from dist/test/helpers). */
export const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
export const DIST = path.join(ROOT, 'dist');

/**
 * The start of a child script (run with node -e) that compiles a module with two constant
 * tuples, `(1, 0, 3)` and `((1, 2), 3)`, and binds `path`, `DIST`, `PyTuple`, `code` (the
 * module's code object) and `t`, `u` (those tuples): the constant tuples' elements-kind tests
 * of both VMs start from it.
 */
export const CONST_TUPLES_CHILD_PRELUDE = `
const path = require('path');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const { parse } = require(path.join(DIST, 'frontend', 'parser.js'));
const { compileAst } = require(path.join(DIST, 'frontend', 'compile.js'));
const { PyTuple } = require(path.join(DIST, 'runtime', 'object.js'));
const src = 'a, b, c = 1, 0, 3\\nd = ((1, 2), 3)\\n';
const code = compileAst(parse(src, '<t>'), '<t>', src);
const [t, u] = code.co_consts.filter((k) => k instanceof PyTuple);
`;

/** Each VM's loop function, as --trace-deopt names it. */
const LOOP_FUNCTION: Record<'stack' | 'reg', string> = { stack: 'evalFrame', reg: 'evalRegFrame' };

/** A child node running benchmarks/NAME.py three times at `size`, as a benchmark worker does, with `flag`; its output from run 2 on. */
function runsAfterRun1(vm: 'stack' | 'reg', name: string, size: string, flag: string): string[] {
  const script = `
const path = require('path');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const file = path.join(${JSON.stringify(ROOT)}, 'benchmarks', ${JSON.stringify(name)} + '.py');
const prog = P.prepare(file, { vm: ${JSON.stringify(vm)} });
for (let k = 1; k <= 3; k++) {
  console.log('=== run ' + k);
  P.evaluate(prog, { vm: ${JSON.stringify(vm)}, argv: [file, ${JSON.stringify(size)}], stdin: '', counting: false, write: () => {} });
}
`;
  const out = execFileSync(process.execPath, ['--no-concurrent-recompilation', flag, '-e', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const lines = out.split('\n');
  const run2 = lines.indexOf('=== run 2');
  expect(run2).toBeGreaterThan(0);
  return lines.slice(run2);
}

/** The `[bailout` lines of `vm`'s loop from run 2 on, for benchmarks/NAME.py at `size`. */
export function loopDeoptsAfterRun1(vm: 'stack' | 'reg', name: string, size: string): string[] {
  return runsAfterRun1(vm, name, size, '--trace-deopt').filter((l) => l.startsWith('[bailout') && l.includes(`<JSFunction ${LOOP_FUNCTION[vm]} `));
}

/**
 * The `[compiling method` lines of `vm`'s loop from run 2 on (--trace-opt): none since session
 * 27, when both backends have the loop compiled at the end of a process's first program.
 */
export function loopCompilesAfterRun1(vm: 'stack' | 'reg', name: string, size: string): string[] {
  return runsAfterRun1(vm, name, size, '--trace-opt').filter((l) => l.startsWith('[compiling method') && l.includes(`<JSFunction ${LOOP_FUNCTION[vm]} `));
}

// The stack loop is compiled at the end of a process's first program (stackvm/backend.ts
// compileLoopNow: %OptimizeFunctionOnNextCall, then one call that runs an empty module), so
// that a benchmark's run 2 enters regular code made with run 1's feedback instead of compiling
// the loop at its entry (fib 25: run 2 132 ms against run 3's 51 before; session 27; the
// register VM does the same, test/regvm/discard_loop_code.test.ts). Checked in a child node run
// as a benchmark worker runs a program (three runs in one process, --trace-opt): no compile of
// evalFrame in runs 2-3, and the program's output unchanged. Runs on the built pipeline (npx
// tsc -p tsconfig.json first).
import { execFileSync } from 'child_process';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, loopCompilesAfterRun1 } from '../helpers/loop_deopts';

const CHILD = `
const path = require('path');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const file = path.join(${JSON.stringify(ROOT)}, 'benchmarks', 'fib.py');
const prog = P.prepare(file, { vm: 'stack' });
const outs = [];
for (let k = 0; k < 2; k++) {
  const out = [];
  const r = P.evaluate(prog, { vm: 'stack', argv: [file, '15'], stdin: '', counting: false, write: (s, t) => out.push(s + ':' + t) });
  outs.push(r.exitStatus + ' ' + out.join(''));
}
console.log(JSON.stringify(outs));
`;

describe('stack VM: the loop is compiled at the end of the first program', () => {
  it('fib: the loop is not compiled in runs 2-3', () => {
    expect(loopCompilesAfterRun1('stack', 'fib', '22')).toEqual([]);
  }, 180_000);

  it('runs the first program and the next one with the same output', () => {
    const outs = JSON.parse(execFileSync(process.execPath, ['-e', CHILD], { encoding: 'utf8', cwd: ROOT }).trim()) as string[];
    expect(outs[0]).toBe(outs[1]);
    expect(outs[0]).toMatch(/^0 stdout:/);
  });
});

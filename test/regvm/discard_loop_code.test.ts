// The register loop's optimised code is thrown away after a process's first program
// (regvm/backend.ts discardLoopCode): wordcount's and sorting's key functions re-enter the loop
// from the runtime, so it was compiled during run 1 before the paths main takes at its end, and
// run 2 was deoptimised there (session 25). Checked in child nodes run as a benchmark worker
// runs a program (three runs in one process): no deoptimisation of evalRegFrame in runs 2-3 for
// either program (the base had one each in run 2), and native syntax is not left allowed for code
// parsed after the first run. Since session 27 the loop is compiled again right after the
// discard (by one call that runs an empty module), so that run 2 enters regular code compiled
// with run 1's feedback instead of compiling at its entry: checked with --trace-opt, no compile
// of evalRegFrame in runs 2-3. Runs on the built pipeline (npx tsc -p tsconfig.json first).
import { execFileSync } from 'child_process';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, loopCompilesAfterRun1, loopDeoptsAfterRun1 } from '../helpers/loop_deopts';

const CHILD = `
const path = require('path');
const fs = require('fs');
const os = require('os');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-discard-')), 'tiny.py');
fs.writeFileSync(file, 'print(sorted([3, 1, 2], key=lambda v: -v))\\n');
const prog = P.prepare(file, { vm: 'reg' });
const out = [];
P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (s, t) => out.push(t) });
let natives = 'not allowed';
try {
  new Function('%GetOptimizationStatus(Math.max)');
  natives = 'allowed';
} catch (e) {
  if (!(e instanceof SyntaxError)) throw e;
}
console.log(JSON.stringify({ out: out.join(''), natives }));
`;

describe('register VM: the loop code is discarded after the first program', () => {
  it('runs the first program normally and leaves native syntax disallowed', () => {
    const stdout = execFileSync(process.execPath, ['-e', CHILD], { encoding: 'utf8', cwd: ROOT });
    expect(JSON.parse(stdout.trim())).toEqual({ out: '[3, 2, 1]\n', natives: 'not allowed' });
  });

  it('wordcount: no deoptimisation of the loop in runs 2-3', () => {
    expect(loopDeoptsAfterRun1('reg', 'wordcount', '300000')).toEqual([]);
  }, 180_000);

  it('fib: the loop is not compiled in runs 2-3 (compiled at the end of run 1)', () => {
    expect(loopCompilesAfterRun1('reg', 'fib', '22')).toEqual([]);
  }, 180_000);

  it('sorting: no deoptimisation of the loop in runs 2-3', () => {
    expect(loopDeoptsAfterRun1('reg', 'sorting', '43000')).toEqual([]);
  }, 180_000);
});

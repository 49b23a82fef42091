// The first program the register VM runs in a process allocates feedback vectors eagerly
// (regvm/backend.ts eagerFeedbackRun), as the stack VM's first run does: the runtime helpers the
// loop inlines then record type feedback from their first call, so the loop TurboFan compiles at
// run 2's entry is not deoptimised on a path a helper took before a lazily allocated vector
// existed (binary_trees' `if max_depth < min_depth + 2`: compareNumbers' `<`, once per run;
// session 25). Checked in child nodes: with --allow-natives-syntax (%DebugPrint says whether a
// function has a feedback vector), compareNumbers has one after a first run that called it once
// (V8's lazy allocation would give it none), and a JavaScript function first called after the
// run has none (the flag is restored); and binary_trees run three times as a benchmark worker
// runs it has no deoptimisation of evalRegFrame in runs 2-3 (the base had one in run 2). Runs on
// the built pipeline (npx tsc -p tsconfig.json first).
import { execFileSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, loopDeoptsAfterRun1 } from '../helpers/loop_deopts';

const CHILD = `
const path = require('path');
const fs = require('fs');
const os = require('os');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const { compareNumbers } = require(path.join(DIST, 'runtime', 'ops.js'));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-eager-')), 'tiny.py');
fs.writeFileSync(file, 'x = 1\\nif x < 2:\\n    y = 3\\n');
const prog = P.prepare(file, { vm: 'reg' });
const out = [];
P.evaluate(prog, { vm: 'reg', argv: [file], stdin: '', counting: false, write: (s, t) => out.push(t) });
function hasVector(fn) {
  // %DebugPrint writes to stdout through V8's own buffered stream (not in order with Node's
  // writes): each print has one ' - feedback vector:' line at the start of a line.
  %DebugPrint(fn);
}
hasVector(compareNumbers);
function after(a) { return a + 1; }
after(1);
hasVector(after);
`;

function vectorsOf(stdout: string): boolean[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(' - feedback vector:'))
    .map((l) => !l.includes('No feedback vector'));
}

describe('register VM: eager feedback in the first run of a process', () => {
  it('compareNumbers has a feedback vector after a tiny first run; functions called later do not', () => {
    const stdout = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', CHILD], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    expect(vectorsOf(stdout)).toEqual([true, false]);
  });

  it('leaves an explicit --lazy-feedback-allocation alone', () => {
    const stdout = execFileSync(process.execPath, ['--allow-natives-syntax', '--lazy-feedback-allocation', '-e', CHILD], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    expect(vectorsOf(stdout)).toEqual([false, false]);
  });

  it('binary_trees: no deoptimisation of the loop in runs 2-3', () => {
    expect(loopDeoptsAfterRun1('reg', 'binary_trees', '10')).toEqual([]);
  }, 120_000);
});

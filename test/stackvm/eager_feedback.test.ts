// The first program the stack VM runs in a process allocates feedback vectors eagerly
// (stackvm/backend.ts eagerFeedbackRun): the loop's and the runtime helpers' first instructions
// then record type feedback, so the loop TurboFan compiles later does not deoptimise on paths
// first taken before a lazily allocated vector existed (a benchmark process's later, timed runs).
// Checked in a child node with --allow-natives-syntax (%DebugPrint says whether a function has
// a feedback vector): after a first run of a few instructions, evalFrame has one (with V8's lazy
// allocation it would not: the run is far below the allocation budget), and a JavaScript function
// first called after the run has none (the flag is restored). Runs on the built pipeline (npx tsc
// -p tsconfig.json first).
import { execFileSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');

const CHILD = `
const path = require('path');
const fs = require('fs');
const os = require('os');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const { evalFrame } = require(path.join(DIST, 'stackvm', 'eval.js'));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-eager-')), 'tiny.py');
fs.writeFileSync(file, 'x = 1\\n');
const prog = P.prepare(file, { vm: 'stack' });
const out = [];
P.evaluate(prog, { vm: 'stack', argv: [file], stdin: '', counting: false, write: (s, t) => out.push(t) });
function hasVector(fn) {
  // %DebugPrint writes to stdout through V8's own buffered stream (not in order with Node's
  // writes): each print has one ' - feedback vector:' line at the start of a line.
  %DebugPrint(fn);
}
hasVector(evalFrame);
function after(a) { return a + 1; }
after(1);
hasVector(after);
P.evaluate(prog, { vm: 'stack', argv: [file], stdin: '', counting: false, write: (s, t) => out.push(t) });
function afterSecond(a) { return a + 2; }
afterSecond(1);
hasVector(afterSecond);
`;

function vectorsOf(stdout: string): boolean[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(' - feedback vector:'))
    .map((l) => !l.includes('No feedback vector'));
}

describe('stack VM: eager feedback in the first run of a process', () => {
  it('evalFrame has a feedback vector after a tiny first run; functions called later do not', () => {
    const stdout = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', CHILD], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    expect(vectorsOf(stdout)).toEqual([true, false, false]);
  });

  it('leaves an explicit --lazy-feedback-allocation alone', () => {
    const stdout = execFileSync(process.execPath, ['--allow-natives-syntax', '--lazy-feedback-allocation', '-e', CHILD], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    expect(vectorsOf(stdout)).toEqual([false, false, false]);
  });
});

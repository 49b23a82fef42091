// The stack VM's primer (stackvm/backend.ts PRIMER) gives V8 feedback for the loop's paths that
// a benchmark process first takes after its loop was compiled in run 1; without it the loop
// compiled in run 1 was deoptimised in run 2 and compiled again at run 3's entry, inside the
// runs the report samples (session 22: sieve's BUILD_LIST of `[True]`, raytrace's int % of a
// negative number, closures' pooled frames whose globals and builtins were run 1's). Each
// program runs three times in a child node, as a benchmark worker runs it; the test fails if
// evalFrame is deoptimised in run 2 or 3. Runs on the built pipeline (npx tsc -p tsconfig.json).
import { execFileSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');

function deoptsAfterRun1(name: string, size: string): string[] {
  const script = `
const path = require('path');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const file = path.join(${JSON.stringify(ROOT)}, 'benchmarks', ${JSON.stringify(name)} + '.py');
const prog = P.prepare(file, { vm: 'stack' });
for (let k = 1; k <= 3; k++) {
  console.log('=== run ' + k);
  P.evaluate(prog, { vm: 'stack', argv: [file, ${JSON.stringify(size)}], stdin: '', counting: false, write: () => {} });
}
`;
  const out = execFileSync(process.execPath, ['--no-concurrent-recompilation', '--trace-deopt', '-e', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const lines = out.split('\n');
  const run2 = lines.indexOf('=== run 2');
  expect(run2).toBeGreaterThan(0);
  return lines.slice(run2).filter((l) => l.startsWith('[bailout') && l.includes('<JSFunction evalFrame '));
}

describe('stack VM: no deoptimisation of the loop after a benchmark process first run', () => {
  it('sieve (a list built with a bool element)', () => {
    expect(deoptsAfterRun1('sieve', '1000000')).toEqual([]);
  }, 120_000);

  it('raytrace (int % and // of a negative number, subscript forms)', () => {
    expect(deoptsAfterRun1('raytrace', '50')).toEqual([]);
  }, 120_000);

  it("closures (a pooled frame holding run 1's globals and builtins)", () => {
    expect(deoptsAfterRun1('closures', '300000')).toEqual([]);
  }, 120_000);
});

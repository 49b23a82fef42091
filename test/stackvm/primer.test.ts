// The stack VM runs a small primer program before the first program of a process (not when
// counting or tracing; stackvm/backend.ts PRIMER): the loop's paths that programs first take at
// their very end then have V8 type feedback before the loop is compiled. It must be invisible:
// the program's output, globals, sys.modules and exit are its own, and the counting mode's
// instruction counts stay exact (no primer there). Each case runs in a child node, as the primer
// runs once per process. Runs on the built pipeline (npx tsc -p tsconfig.json first).
import { execFileSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');

const PROGRAM = `
import sys
names = sorted(k for k in globals() if not k.startswith('__'))
print(names, '_primer' in sys.modules, '<primer>' in str(sys.modules.keys()))
print(sum(i for i in range(10)))
`;

function child(counting: boolean): { out: string; primerRuns: number } {
  const script = `
const path = require('path'), fs = require('fs'), os = require('os');
const DIST = ${JSON.stringify(DIST)};
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js'));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pyvm-primer-')), 'prog.py');
fs.writeFileSync(file, ${JSON.stringify(PROGRAM)});
const prog = P.prepare(file, { vm: 'stack' });
let out = '';
P.evaluate(prog, { vm: 'stack', argv: [file], stdin: '', counting: ${counting}, write: (s, t) => { out += t; } });
const B = require(path.join(DIST, 'stackvm', 'backend.js'));
process.stdout.write(JSON.stringify({ out, primerRuns: B.primerRuns }));
`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: ROOT })) as { out: string; primerRuns: number };
}

describe('stack VM: the primer before a process first program', () => {
  it('runs once and leaves no trace in the program', () => {
    const r = child(false);
    expect(r.primerRuns).toBe(1);
    expect(r.out).toBe("['sys'] False False\n45\n");
  });

  it('does not run in counting mode', () => {
    const r = child(true);
    expect(r.primerRuns).toBe(0);
    expect(r.out).toBe("['sys'] False False\n45\n");
  });
});

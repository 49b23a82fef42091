// The register VM end to end: programs compiled by CPython run with CPython's output under
// every pass set, counters have design.md's shape (no pushes or pops, moves counted), and
// `pyvm trace --vm reg` prints registers. Goldens: python3 test/translator/gen-pyc.py.

import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', '..') : path.join(__dirname, '..', '..'));
const DIST = path.join(ROOT, 'dist');
require(path.join(DIST, 'runtime', 'library.js'));
const P = require(path.join(DIST, 'cli', 'pipeline.js')) as typeof import('../../cli/pipeline');
const PYC = path.join(ROOT, 'test', 'translator', 'pyc');
const golden = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'translator', 'expected-stdout.json'), 'utf8')) as Record<
  string,
  { stdout: string; status: number }
>;

type Opts = Partial<import('../../cli/pipeline').RunOptions>;

function run(name: string, opts: Opts): { out: string; r: import('../../cli/pipeline').RunOutcome } {
  let out = '';
  const r = P.runPath(path.join(PYC, name + '.pyc'), {
    vm: 'reg',
    stdin: '',
    write: (s, t) => {
      if (s === 'stdout') out += t;
    },
    ...opts,
  });
  return { out, r };
}

describe('register VM', () => {
  for (const name of Object.keys(golden)) {
    for (const passes of [undefined, ['none'], ['-copyprop'], ['-sink'], ['-fuse'], ['-deadmove'], ['-callattr', '-callglobal'], ['-retjump', '-loopinv', '-attrjump', '-globalop', '-attrop'], ['-binop2']]) {
      it(`${name} with passes ${passes === undefined ? 'all' : passes.join(',')}`, () => {
        const { out, r } = run(name, { passes });
        expect(out).toBe(golden[name].stdout);
        expect(r.exitStatus).toBe(golden[name].status);
      });
    }
  }

  it('counters: no pushes or pops, moves counted, fewer instructions with the passes', () => {
    const all = run('shapes', { counting: true }).r.counters!;
    const none = run('shapes', { counting: true, passes: ['none'] }).r.counters!;
    expect(all.reg!.pushes).toBe(0);
    expect(all.reg!.pops).toBe(0);
    expect(all.reg!.instructions).toBeGreaterThan(0);
    expect(all.reg!.moves).toBeLessThan(none.reg!.moves);
    expect(all.reg!.instructions).toBeLessThan(none.reg!.instructions * 0.7);
    expect(all.static.reg!.code_objects).toBeGreaterThan(5);
    expect(all.static.reg!.bytes).toBeLessThan(none.static.reg!.bytes);
  });

  it('trace prints each instruction with the registers it reads', () => {
    const lines: string[] = [];
    run('shapes', { trace: (l) => lines.push(l) });
    expect(lines.some((l) => /^fib:2 +0 CMP_JUMP_IF_FALSE +R0\(n\), K\(2\), 0, -> 7 +\(<\) +\| R0=20 R\d+=2$/.test(l))).toBe(true);
  });
});

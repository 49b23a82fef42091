// Whole programs exercising the runtime library through the stack and register VMs
// (in process, via the BUILT cli/pipeline.js runPath, as the conformance runner does: run
// `npx tsc -p tsconfig.json` first): stdout must equal CPython 3.11's, recorded in
// test/runtime/lib_programs/*.out (regenerate: python3 test/runtime/lib_programs_gen.py).
import { describe, it, expect } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import type { VmKind, RunOptions, RunOutcome } from '../../cli/pipeline';

const { runPath } = require(path.join(__dirname, '..', '..', 'dist', 'cli', 'pipeline.js')) as {
  runPath: (file: string, opts: RunOptions) => RunOutcome;
};

const dir = path.join(__dirname, 'lib_programs');
const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const known = JSON.parse(fs.readFileSync(path.join(__dirname, 'goldens', 'lib_known_failures.json'), 'utf8')) as Record<string, Record<string, string>>;
const knownPrograms = known.programs ?? {};

function run(file: string, vm: VmKind): string {
  let out = '';
  runPath(file, { vm, argv: [file], stdin: '', write: (s, t) => { if (s === 'stdout') out += t; } });
  return out;
}

describe('library programs against CPython output', () => {
  for (const vm of ['stack', 'reg'] as VmKind[]) {
    it(`${vm} VM`, () => {
      const problems: string[] = [];
      for (const p of programs) {
        const key = `${vm} ${p}`;
        const want = fs.readFileSync(path.join(dir, p.replace(/\.py$/, '.out')), 'utf8');
        let got: string;
        try {
          got = run(path.join(dir, p), vm);
        } catch (e) {
          got = `<crash: ${(e as Error).message}>`;
        }
        const ok = got === want;
        if (!ok && !(key in knownPrograms)) {
          const gl = got.split('\n'), wl = want.split('\n');
          let i = 0;
          while (i < gl.length && gl[i] === wl[i]) i++;
          problems.push(`FAIL ${key}: line ${i + 1}: got ${JSON.stringify(gl[i])} want ${JSON.stringify(wl[i])}`);
        }
        if (ok && key in knownPrograms) problems.push(`NOW PASSES (remove from known failures): ${key}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

// The stack VM's quickening (stackvm/frame.ts: superinstructions and the RESUME skip) at its
// edges: test/stackvm/quicken/quicken_cases.py run with quickening on and off (frame.ts
// setStackQuickening) must print what CPython printed (quicken_cases.out/.err, written by
// python3 3.11) and execute the same number of instructions.
// Runs in-process on the built pipeline (npx tsc -p tsconfig.json first).
import * as fs from 'fs';
import * as path from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastLine, runStackInProcess, StackRun } from '../helpers/stack_inprocess';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(__dirname, 'quicken');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const frame = require(path.join(ROOT, 'dist', 'stackvm', 'frame.js')) as typeof import('../../stackvm/frame');

function run(file: string, quicken: boolean, counting: boolean): StackRun {
  frame.setStackQuickening(quicken);
  return runStackInProcess(file, file, counting);
}

/** `File "...", line N, in f` lines: the traceback's positions without the path. */
const frames = (s: string): string[] => s.split('\n').filter((l) => l.includes(', line ')).map((l) => l.replace(/File ".*"/, 'File'));

describe('stack VM quickening', () => {
  afterAll(() => frame.setStackQuickening(true));
  const file = path.join(DIR, 'quicken_cases.py');
  const out = fs.readFileSync(path.join(DIR, 'quicken_cases.out'), 'utf8');
  const err = fs.readFileSync(path.join(DIR, 'quicken_cases.err'), 'utf8');
  for (const quicken of [true, false]) {
    it(`prints what CPython prints, quickening ${quicken ? 'on' : 'off'}`, () => {
      const r = run(file, quicken, false);
      expect(r.stdout).toBe(out);
      expect(r.status).toBe(1);
      expect(lastLine(r.stderr)).toBe(lastLine(err));
      expect(frames(r.stderr)).toEqual(frames(err));
    });
  }
  it('executes the same instructions with and without quickening', () => {
    const on = run(file, true, true);
    const off = run(file, false, true);
    expect(on.instructions).not.toBeNull();
    expect(on.instructions).toBe(off.instructions);
    expect(on.stdout).toBe(off.stdout);
  });
});
